// The privacy officer's decisions on a dossier whose bewaartermijn has passed: destroy it, or keep it longer.
import { z } from "zod";
import { zDatum, zRequiredText } from "@/lib/domain/zod-fields";
import { zNummer } from "@/lib/dienst/schema";

export const ZVernietigen = z.object({
  casusnummer: zNummer,
  reden: zRequiredText("Reden", 2000),
});
export type TVernietigenInput = z.input<typeof ZVernietigen>;

export const ZBewarenVerlengen = z.object({
  casusnummer: zNummer,
  vanaf: zDatum("Vernietigen vanaf", { allowFuture: true }),
  motivering: zRequiredText("Motivering", 2000),
});
export type TBewarenVerlengenInput = z.input<typeof ZBewarenVerlengen>;
