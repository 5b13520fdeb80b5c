// Advies forms: registering, adding a contact, closing. No personal data of the family in an advies.
import { z } from "zod";
import { AARD_MELDING_CODES, codesOf } from "@/lib/domain/codes";
import { zCodes, zDatum, zOptionalText, zRequiredText, zVersion } from "@/lib/domain/zod-fields";
import { zKeuze } from "@/lib/domain/zod-fields";
import { applyOrganisatie, refineOrganisatie } from "@/lib/melding/organisatie-rule";
import { zGemeentecode } from "@/lib/gemeenten/schema";

const zNummer = z.string().trim().min(1, "Ongeldige verwijzing.").max(20, "Ongeldige verwijzing.");

/** What an advies records (no personal data of the family): registered and corrected with the same rules. */
const ADVIES_GEGEVENS = {
  startdatum: zDatum("Startdatum"),
  gemeentecode: zGemeentecode(true),
  aard: zCodes("A", "Aard", AARD_MELDING_CODES),
  aanvullendeInformatie: zCodes("B", "Aanvullende informatie"),
  duur: zKeuze("C", "Duur", "Kies de duur (of Onbekend)."),
  functieRol: zKeuze("D", "Functie of rol", "Kies de functie of rol van de adviesvrager."),
  organisatie: z
    .string()
    .default("")
    .refine((c) => c === "" || codesOf("E").includes(c), "Kies een geldige waarde voor organisatie."),
  adviesvraag: zOptionalText("Adviesvraag", 4000),
  adviesvragerNaam: zOptionalText("Naam adviesvrager", 200),
  adviesvragerTelefoon: zOptionalText("Telefoonnummer adviesvrager", 30).refine(
    (s) => s === null || /^[+0-9][0-9 ()-]{5,29}$/.test(s),
    "Vul een telefoonnummer in met cijfers, spaties, + of -.",
  ),
  toestemmingContact: z.boolean().default(false),
};

/** The adviesvrager's own name and phone number are kept only with their consent. */
function refineToestemming(
  a: { adviesvragerNaam: string | null; adviesvragerTelefoon: string | null; toestemmingContact: boolean },
  ctx: z.RefinementCtx,
) {
  if ((a.adviesvragerNaam || a.adviesvragerTelefoon) && !a.toestemmingContact) {
    ctx.addIssue({
      code: "custom",
      path: ["toestemmingContact"],
      message:
        "Naam en telefoonnummer worden alleen bewaard als de adviesvrager daarvoor toestemming geeft. Vink de toestemming aan of maak de velden leeg.",
    });
  }
}

export const ZAdviesNieuw = z
  .object({
    ...ADVIES_GEGEVENS,
    eersteContact: zOptionalText("Notitie eerste contact", 4000),
  })
  .superRefine(refineOrganisatie)
  .superRefine(refineToestemming)
  .transform(applyOrganisatie);
export type TAdviesNieuwInput = z.input<typeof ZAdviesNieuw>;

export const ZAdviesContact = z.object({
  adviesNummer: zNummer,
  datum: zDatum("Datum contact"),
  notitie: zRequiredText("Notitie", 4000),
});
export type TAdviesContactInput = z.input<typeof ZAdviesContact>;

export const ZAdviesAfsluiten = z.object({
  adviesNummer: zNummer,
  einddatum: zDatum("Einddatum"),
  version: zVersion,
});
export type TAdviesAfsluitenInput = z.input<typeof ZAdviesAfsluiten>;

/** Corrigeren of an advies: all its attributes (the einddatum only when it is closed), and the reason. */
export const ZAdviesCorrectie = z
  .object({
    adviesNummer: zNummer,
    version: zVersion,
    reden: zRequiredText("Reden van de correctie", 2000),
    ...ADVIES_GEGEVENS,
    einddatum: z.string().default(""),
  })
  .superRefine(refineOrganisatie)
  .superRefine(refineToestemming)
  .transform((v, ctx) => {
    let einddatum: Date | null = null;
    if (v.einddatum !== "") {
      const e = zDatum("Einddatum").safeParse(v.einddatum);
      if (!e.success) {
        ctx.addIssue({ code: "custom", path: ["einddatum"], message: e.error.issues[0].message });
        return z.NEVER;
      }
      einddatum = e.data;
    }
    return { ...applyOrganisatie(v), einddatum };
  });
export type TAdviesCorrectieInput = z.input<typeof ZAdviesCorrectie>;
