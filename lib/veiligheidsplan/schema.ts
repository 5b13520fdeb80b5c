// Forms of the veiligheidsplan: a voorwaarde agreed with the family, its change (a correction with a reason) and its
// end; and the oordeel per voorwaarde at a monitoringsmoment.
import { z } from "zod";
import { zDatum, zId, zRequiredText, zOptionalText, zVersion } from "@/lib/domain/zod-fields";
import { zNummer } from "@/lib/dienst/schema";

export const OORDELEN = {
  NAGEKOMEN: "Nagekomen",
  DEELS: "Deels nagekomen",
  NIET: "Niet nagekomen",
} as const;
export type Oordeel = keyof typeof OORDELEN;

const voorwaardeVelden = {
  omschrijving: zRequiredText("Omschrijving", 500),
  wie: zRequiredText("Wie", 200),
  perDatum: zDatum("Per wanneer", { allowFuture: true }),
  controle: zRequiredText("Hoe gecontroleerd", 500),
  afgesprokenOp: zDatum("Afgesproken op"),
};

export const ZVoorwaarde = z.object({ casusnummer: zNummer, ...voorwaardeVelden });
export type TVoorwaardeInput = z.input<typeof ZVoorwaarde>;

export const ZVoorwaardeWijzigen = z.object({
  casusnummer: zNummer,
  id: zId,
  version: zVersion,
  reden: zRequiredText("Reden van de wijziging", 2000),
  ...voorwaardeVelden,
});
export type TVoorwaardeWijzigenInput = z.input<typeof ZVoorwaardeWijzigen>;

export const ZVoorwaardeBeeindigen = z.object({
  casusnummer: zNummer,
  id: zId,
  version: zVersion,
  beeindigdOp: zDatum("Beëindigd op"),
  reden: zRequiredText("Reden van beëindigen", 500),
});
export type TVoorwaardeBeeindigenInput = z.input<typeof ZVoorwaardeBeeindigen>;

/** The oordeel of one voorwaarde at a monitoringsmoment (radio buttons: a string, or nothing chosen yet). */
export const ZVoorwaardeScore = z.object({
  voorwaardeId: zId,
  oordeel: z
    .string({ error: "Kies nagekomen, deels of niet nagekomen." })
    .refine((v): v is Oordeel => v in OORDELEN, "Kies nagekomen, deels of niet nagekomen."),
  notitie: zOptionalText("Toelichting", 500),
});
export const zVoorwaardeScores = z
  .array(ZVoorwaardeScore)
  .max(100, "Te veel voorwaarden.")
  .default([])
  .refine((xs) => new Set(xs.map((x) => x.voorwaardeId)).size === xs.length, "Een voorwaarde is twee keer beoordeeld.");
