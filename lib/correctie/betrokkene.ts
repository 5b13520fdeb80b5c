// Correcting a betrokkene (naam, BSN, geboortedatum, geslacht, adres, rol) with the melding form's own rules,
// and adding a betrokkene to an open casus later (the persoonsvolgnummer continues).
import { magGeheimAdresZien } from "@/lib/betrokkene/adres";
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { casusScope } from "@/lib/auth/scope";
import { findWritableCasus } from "@/lib/casus/dossier-scope";
import { updateVersioned } from "@/lib/db/versioned";
import { labelOf } from "@/lib/domain/codes";
import { ROL_LABELS, type BetrokkeneRol } from "@/lib/betrokkene/schema";
import { diff, recordCorrectie, type VeldDef } from "./record";
import { ZBetrokkeneCorrectie, ZBetrokkeneToevoegen } from "./schema";

export const BETROKKENE_VELDEN: Record<string, VeldDef> = {
  voornamen: { label: "Voornamen" },
  tussenvoegsel: { label: "Tussenvoegsel" },
  achternaam: { label: "Achternaam" },
  bsn: { label: "BSN" },
  geboortedatum: { label: "Geboortedatum" },
  geslacht: { label: "Geslacht", toon: (v) => labelOf("K", String(v)) },
  rol: { label: "Rol in de casus", toon: (v) => ROL_LABELS[v as BetrokkeneRol] ?? String(v) },
  straat: { label: "Straat" },
  huisnummer: { label: "Huisnummer" },
  postcode: { label: "Postcode" },
  woonplaats: { label: "Woonplaats" },
  telefoon: { label: "Telefoon" },
};

const persoon = (b: {
  rol: BetrokkeneRol;
  bsn: string | null;
  geboortedatum: string | null;
  geslacht: string;
  achternaam: string | null;
  tussenvoegsel: string | null;
  voornamen: string | null;
  straat: string | null;
  huisnummer: string | null;
  postcode: string | null;
  woonplaats: string | null;
  telefoon: string | null;
}) => ({
  rol: b.rol,
  bsn: b.bsn,
  geboortedatum: b.geboortedatum,
  geslacht: b.geslacht,
  achternaam: b.achternaam,
  tussenvoegsel: b.tussenvoegsel,
  voornamen: b.voornamen,
  straat: b.straat,
  huisnummer: b.huisnummer,
  postcode: b.postcode,
  woonplaats: b.woonplaats,
  telefoon: b.telefoon,
});

export const correctBetrokkene = defineCommand(
  { permission: "correctie:write", schema: ZBetrokkeneCorrectie, resource: { type: "betrokkene" } },
  async ({ tx, user, data, audit }) => {
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    const b = await tx.betrokkene.findFirst({ where: { id: data.id, casusId: casus.id } });
    if (!b) throw new NotFound("Betrokkene niet gevonden");
    const invoer = data.betrokkenen[0];
    if (invoer.bekendId !== null) throw new ValidationFailed({ "betrokkenen.0.modus": "Corrigeer de gegevens zelf." });
    // A geheim adres the user may not see was not in their form: it stays as it is.
    const verborgen = b.geheimAdres && !magGeheimAdresZien(user, casus.casemanagerId);
    const nieuw = verborgen
      ? {
          ...persoon(invoer),
          straat: b.straat,
          huisnummer: b.huisnummer,
          postcode: b.postcode,
          woonplaats: b.woonplaats,
          telefoon: b.telefoon,
        }
      : persoon(invoer);
    const wijzigingen = diff(BETROKKENE_VELDEN, b, nieuw);
    await recordCorrectie(tx, user, audit, {
      entityType: "betrokkene",
      entityId: b.id,
      casusId: casus.id,
      reden: data.reden,
      wijzigingen,
      betrokkeneIds: [b.id],
    });
    await updateVersioned(tx, tx.betrokkene, "betrokkene", b.id, data.version, nieuw);
    return { casusnummer: casus.nummer, id: b.id };
  },
);

export const addBetrokkeneLater = defineCommand(
  { permission: "correctie:write", schema: ZBetrokkeneToevoegen, resource: { type: "betrokkene" } },
  async ({ tx, user, data, audit }) => {
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    if (casus.einddatum) throw new RuleViolation("De casus is gesloten; er kan geen betrokkene meer bij.");
    const invoer = data.betrokkenen[0];
    let gegevens = persoon(invoer);
    if (invoer.bekendId !== null) {
      // A person known to Veilig Thuis (chosen in the radar): their registered data is copied, in scope only.
      const bekend = await tx.betrokkene.findFirst({ where: { id: invoer.bekendId, casus: casusScope(user) } });
      if (!bekend)
        throw new ValidationFailed({ "betrokkenen.0.modus": "Deze persoon is niet gevonden. Zoek opnieuw." });
      if (bekend.casusId === casus.id)
        throw new ValidationFailed({ "betrokkenen.0.modus": "Deze persoon is al betrokkene in deze casus." });
      gegevens = { ...persoon(bekend), rol: invoer.rol };
    }
    const c = await tx.casus.update({
      where: { id: casus.id },
      data: { laatstePersoonsvolgnummer: { increment: 1 } },
      select: { laatstePersoonsvolgnummer: true },
    });
    const row = await tx.betrokkene.create({
      data: { ...gegevens, casusId: casus.id, persoonsvolgnummer: c.laatstePersoonsvolgnummer },
      select: { id: true, persoonsvolgnummer: true },
    });
    await recordCorrectie(tx, user, audit, {
      entityType: "betrokkene",
      entityId: row.id,
      casusId: casus.id,
      reden: data.reden,
      wijzigingen: [
        {
          veld: "toegevoegd",
          label: "Betrokkene toegevoegd",
          oud: "(geen)",
          nieuw: `persoon ${row.persoonsvolgnummer}`,
        },
      ],
      betrokkeneIds: [row.id],
      action: "CREATE",
    });
    return { casusnummer: casus.nummer, id: row.id, persoonsvolgnummer: row.persoonsvolgnummer };
  },
);
