// AVG requests of a betrokkene (art. 15-18): what the privacy officer records, extends and decides.
import { z } from "zod";
import { zDatum, zId, zRequiredText, zOptionalText, zVersion } from "@/lib/domain/zod-fields";
import { zNummer } from "@/lib/dienst/schema";

export const VERZOEK_SOORTEN = {
  INZAGE: "Inzage (art. 15)",
  CORRECTIE: "Correctie (art. 16)",
  VERWIJDERING: "Verwijdering (art. 17)",
  BEPERKING: "Beperking van de verwerking (art. 18)",
} as const;
export type VerzoekSoort = keyof typeof VERZOEK_SOORTEN;

export const VERZOEK_BESLUITEN = {
  TOEGEWEZEN: "Toegewezen",
  DEELS: "Deels toegewezen",
  AFGEWEZEN: "Afgewezen",
} as const;
export type VerzoekBesluit = keyof typeof VERZOEK_BESLUITEN;

const keuze = <T extends Record<string, string>>(opties: T, fout: string) =>
  z.enum(Object.keys(opties) as [keyof T & string, ...(keyof T & string)[]], { error: fout });

export const ZVerzoekNieuw = z.object({
  casusnummer: zNummer,
  persoonsvolgnummer: zId,
  soort: keuze(VERZOEK_SOORTEN, "Kies het soort verzoek."),
  ontvangenOp: zDatum("Ontvangen op"),
  vanWie: zRequiredText("Van wie", 200),
  omschrijving: zRequiredText("Wat wordt gevraagd", 4000),
});
export type TVerzoekNieuwInput = z.input<typeof ZVerzoekNieuw>;

export const ZVerzoekVerlengen = z.object({
  id: zId,
  version: zVersion,
  reden: zRequiredText("Reden van de verlenging", 2000),
});
export type TVerzoekVerlengenInput = z.input<typeof ZVerzoekVerlengen>;

export const ZVerzoekBesluit = z.object({
  id: zId,
  version: zVersion,
  besluit: keuze(VERZOEK_BESLUITEN, "Kies het besluit."),
  besluitOp: zDatum("Datum besluit"),
  motivering: zRequiredText("Motivering", 4000),
  eigenVerklaring: zOptionalText("Eigen verklaring", 8000),
});
export type TVerzoekBesluitInput = z.input<typeof ZVerzoekBesluit>;
