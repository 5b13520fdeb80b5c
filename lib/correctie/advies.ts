// Corrigeren of an advies: every attribute, with the registration's rules, the contact dates in order and the
// reason; kept with the old and the new values (an advies has no casus: its history is on the advies page).
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, ValidationFailed } from "@/lib/auth/errors";
import { updateVersioned } from "@/lib/db/versioned";
import { labelOf } from "@/lib/domain/codes";
import { compareDates, formatDatumNl } from "@/lib/domain/dates";
import { checkGemeentecode } from "@/lib/gemeenten/queries";
import { ZAdviesCorrectie } from "@/lib/advies/schema";
import { diff, recordCorrectie, toonCodes, toonDatum } from "./record";

export const correctAdvies = defineCommand(
  { permission: "advies:correct", schema: ZAdviesCorrectie, resource: { type: "advies" } },
  async ({ tx, user, data, audit }) => {
    const { adviesNummer, version, reden, ...nieuw } = data;
    const a = await tx.advies.findUnique({
      where: { nummer: adviesNummer },
      include: { contacten: { select: { datum: true } } },
    });
    if (!a) throw new NotFound("Advies niet gevonden");
    const errors: Record<string, string> = {};
    const contacten = a.contacten.map((c) => c.datum).sort(compareDates);
    if (contacten[0] && compareDates(nieuw.startdatum, contacten[0]) > 0)
      errors.startdatum = `De startdatum ligt na het eerste contact (${formatDatumNl(contacten[0])}).`;
    if (a.einddatum && !nieuw.einddatum) errors.einddatum = "Vul de einddatum in: het advies is afgesloten.";
    if (!a.einddatum && nieuw.einddatum) errors.einddatum = "Een open advies heeft geen einddatum: sluit het af.";
    const laatste = contacten[contacten.length - 1];
    if (nieuw.einddatum && compareDates(nieuw.einddatum, nieuw.startdatum) < 0)
      errors.einddatum = "De einddatum ligt vóór de startdatum.";
    else if (nieuw.einddatum && laatste && compareDates(nieuw.einddatum, laatste) < 0)
      errors.einddatum = `De einddatum ligt vóór het laatste contact (${formatDatumNl(laatste)}).`;
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
    await checkGemeentecode(tx, nieuw.gemeentecode, nieuw.startdatum);
    const opslag = { ...nieuw, gemeentecode: nieuw.gemeentecode === "0000" ? null : nieuw.gemeentecode };
    const wijzigingen = diff(
      {
        startdatum: { label: "Startdatum", toon: toonDatum },
        einddatum: { label: "Einddatum", toon: toonDatum },
        gemeentecode: { label: "Gemeente" },
        aard: { label: "Aard", toon: toonCodes("A") },
        aanvullendeInformatie: { label: "Aanvullende informatie", toon: toonCodes("B") },
        duur: { label: "Duur", toon: (v) => labelOf("C", String(v)) },
        functieRol: { label: "Functie of rol", toon: (v) => labelOf("D", String(v)) },
        organisatie: { label: "Organisatie", toon: (v) => labelOf("E", String(v)) },
        adviesvraag: { label: "Adviesvraag" },
        adviesvragerNaam: { label: "Naam adviesvrager" },
        adviesvragerTelefoon: { label: "Telefoonnummer adviesvrager" },
        toestemmingContact: { label: "Toestemming voor contactgegevens", toon: (v) => (v ? "Ja" : "Nee") },
      },
      a,
      opslag,
    );
    await recordCorrectie(tx, user, audit, { entityType: "advies", entityId: a.id, casusId: null, reden, wijzigingen });
    await updateVersioned(tx, tx.advies, "advies", a.id, version, opslag);
    return { adviesnummer: a.nummer };
  },
);
