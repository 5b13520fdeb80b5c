// Marking a betrokkene's address as geheim (or lifting it), with the reason, as a correction of the dossier.
import { z } from "zod";
import { zId, zRequiredText } from "@/lib/domain/zod-fields";
import { zNummer } from "@/lib/dienst/schema";

export const ZGeheimAdres = z.object({
  casusnummer: zNummer,
  id: zId,
  geheim: z.enum(["ja", "nee"], { error: "Kies of het adres geheim is." }).transform((v) => v === "ja"),
  reden: zRequiredText("Reden", 2000),
});
export type TGeheimAdresInput = z.input<typeof ZGeheimAdres>;
