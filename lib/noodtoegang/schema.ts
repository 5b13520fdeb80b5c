// Noodtoegang: a casus outside the user's scope, opened with a reason (at least 20 characters) for at most 8 hours.
import { z } from "zod";
import { zId, zText } from "@/lib/domain/zod-fields";
import { zNummer } from "@/lib/dienst/schema";

export const NOODTOEGANG_UREN = 8;
export const MIN_REDEN = 20;

export const ZNoodtoegang = z.object({
  casusnummer: zNummer,
  reden: zText("Reden", 1000).pipe(
    z
      .string()
      .min(1, "Vul de reden van de noodtoegang in.")
      .refine(
        (s) => s.length >= MIN_REDEN,
        `Beschrijf de reden in minstens ${MIN_REDEN} tekens: waarom is toegang nu nodig?`,
      ),
  ),
});
export type TNoodtoegangInput = z.input<typeof ZNoodtoegang>;

export const ZNoodtoegangBeeindigen = z.object({ id: zId });
export type TNoodtoegangBeeindigenInput = z.input<typeof ZNoodtoegangBeeindigen>;
