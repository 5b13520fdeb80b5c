// Advies forms: registering, adding a contact, closing. No personal data of the family in an advies.
import { z } from "zod";
import { AARD_MELDING_CODES, codesOf } from "@/lib/domain/codes";
import { zCodes, zDatum, zOptionalText, zRequiredText, zVersion } from "@/lib/domain/zod-fields";
import { zKeuze } from "@/lib/domain/zod-fields";
import { applyOrganisatie, refineOrganisatie } from "@/lib/melding/organisatie-rule";
import { zGemeentecode } from "@/lib/gemeenten/schema";

const zNummer = z.string().trim().min(1, "Ongeldige verwijzing.").max(20, "Ongeldige verwijzing.");

export const ZAdviesNieuw = z
  .object({
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
    eersteContact: zOptionalText("Notitie eerste contact", 4000),
  })
  .superRefine(refineOrganisatie)
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
