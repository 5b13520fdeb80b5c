// An afgeschermd dossier (e.g. a colleague's family): on or off, who may read it, and why.
import { z } from "zod";
import { zRequiredText } from "@/lib/domain/zod-fields";
import { zNummer } from "@/lib/dienst/schema";

export const ZAfscherming = z.object({
  casusnummer: zNummer,
  afgeschermd: z.enum(["ja", "nee"], { error: "Kies of het dossier afgeschermd is." }).transform((v) => v === "ja"),
  /** Usernames of who may read it besides the casemanager (checkboxes: one value, several, or none). */
  gebruikers: z
    .union([z.array(z.string()), z.string(), z.literal(false), z.undefined()])
    .transform((v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []))
    .pipe(
      z
        .array(z.string().regex(/^[a-z0-9._-]{1,64}$/, "Onbekende medewerker."))
        .max(50, "Kies hoogstens 50 medewerkers."),
    ),
  reden: zRequiredText("Reden", 2000),
});
export type TAfschermingInput = z.input<typeof ZAfscherming>;
