// Corrections of records under four eyes, by the teamleider only: a vastgestelde veiligheidsbeoordeling and a
// dienst whose closing was confirmed. After the correction the confirmation is asked again, of someone else
// than the teamleider who corrected: the beoordeling waits for vaststelling, the dienst's closing for bevestiging.
// On a closed casus the casus is reopened first (lib/correctie/intrekken.ts).
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { updateVersioned } from "@/lib/db/versioned";
import { labelOf, UITKOMST_VORMEN } from "@/lib/domain/codes";
import { compareDates, formatDatumNl } from "@/lib/domain/dates";
import { INHOUD_VERVOLGSTAPPEN_VT } from "@/lib/domain/casus-state";
import { lockCasus } from "@/lib/casus/snapshot";
import { findWritableCasus } from "@/lib/casus/dossier-scope";
import { lockScopedDienst } from "@/lib/casus/scoped";
import { checkDatum } from "@/lib/beoordeling/commands";
import { checkAfsluiting } from "@/lib/dienst/commands";
import { ZDienstCorrectie } from "@/lib/dienst/schema";
import { diff, recordCorrectie, toonCodes, toonDatum } from "./record";
import { ZBeoordelingCorrectie } from "./schema";

const GESLOTEN =
  "De casus is gesloten. Heropen eerst de casus; daarna kan de beoordeling of dienst worden gecorrigeerd.";

export const correctBeoordeling = defineCommand(
  {
    permission: "correctie:na-vaststelling",
    schema: ZBeoordelingCorrectie,
    resource: { type: "veiligheidsbeoordeling" },
  },
  async ({ tx, user, data, audit }) => {
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    await lockCasus(tx, casus.id);
    if (casus.einddatum) throw new RuleViolation(GESLOTEN);
    const b = await tx.veiligheidsbeoordeling.findFirst({
      where: { id: data.beoordelingId, casusId: casus.id },
      include: {
        melding: { select: { datumMelding: true, overdrachten: { select: { datum: true } } } },
        diensten: { select: { startdatum: true } },
      },
    });
    if (!b) throw new NotFound("Veiligheidsbeoordeling niet gevonden");
    if (!b.vastgesteldOp)
      throw new RuleViolation("Deze beoordeling is nog niet vastgesteld: wie haar vastlegde kan haar nog aanpassen.");
    checkDatum(data.datum, b.melding.datumMelding);
    const latere = [...b.diensten.map((d) => d.startdatum), ...b.melding.overdrachten.map((o) => o.datum)];
    const eerste = latere.sort(compareDates)[0];
    if (eerste && compareDates(data.datum, eerste) > 0)
      throw new ValidationFailed({
        datum: `De datum van de beoordeling ligt na de dienst of overdracht die erop volgde (${formatDatumNl(eerste)}).`,
      });
    if (b.diensten.length > 0 && data.inhoud !== INHOUD_VERVOLGSTAPPEN_VT)
      throw new ValidationFailed({
        inhoud: `Op deze beoordeling is een dienst gestart: de inhoud blijft '${labelOf("F", INHOUD_VERVOLGSTAPPEN_VT)}'.`,
      });
    const nieuw = { datum: data.datum, inhoud: data.inhoud, taxatie: data.taxatie, toelichting: data.toelichting };
    const wijzigingen = diff(
      {
        datum: { label: "Datum beoordeling", toon: toonDatum },
        inhoud: { label: "Inhoud", toon: (v) => labelOf("F", String(v)) },
        taxatie: { label: "Veiligheidstaxatie", toon: (v) => labelOf("G", String(v)) },
        toelichting: { label: "Toelichting" },
      },
      b,
      nieuw,
    );
    wijzigingen.push({ veld: "vastgesteld", label: "Vastgesteld", oud: "ja", nieuw: "opnieuw vast te stellen" });
    await recordCorrectie(tx, user, audit, {
      entityType: "veiligheidsbeoordeling",
      entityId: b.id,
      casusId: casus.id,
      reden: data.reden,
      wijzigingen,
    });
    // Recorded anew by the teamleider, so another person must vaststellen (four eyes).
    await updateVersioned(tx, tx.veiligheidsbeoordeling, "veiligheidsbeoordeling", b.id, data.version, {
      ...nieuw,
      createdById: user.id,
      vastgesteldDoorId: null,
      vastgesteldOp: null,
    });
    return { casusnummer: casus.nummer, beoordelingnummer: b.nummer };
  },
);

export const correctDienst = defineCommand(
  { permission: "correctie:na-vaststelling", schema: ZDienstCorrectie, resource: { type: "dienst" } },
  async ({ tx, user, data, audit }) => {
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    if (casus.einddatum) throw new RuleViolation(GESLOTEN);
    const dienst = await lockScopedDienst(tx, user, data.casusnummer, data.dienstId);
    const d = await tx.dienst.findUniqueOrThrow({
      where: { id: dienst.id },
      include: { overdrachten: { select: { datum: true } } },
    });
    if (d.status !== "AFGESLOTEN")
      throw new RuleViolation("De afsluiting van deze dienst is nog niet bevestigd: pas het voorstel zelf aan.");
    checkAfsluiting(d, data);
    const eerste = d.overdrachten.map((o) => o.datum).sort(compareDates)[0];
    if (eerste && compareDates(data.einddatum, eerste) > 0)
      throw new ValidationFailed({
        einddatum: `De einddatum ligt na de overdracht die op de dienst volgde (${formatDatumNl(eerste)}).`,
      });
    const nieuw = {
      einddatum: data.einddatum,
      aardConclusie: data.aardConclusie,
      aanvullendeInformatie: data.aanvullendeInformatie,
      duur: data.duur,
      uitkomstOnderzoek: data.uitkomstOnderzoek,
      redenVoortijdig: data.redenVoortijdig,
      toelichting: data.toelichting,
    };
    const uitkomst = (v: unknown) =>
      String(v)
        .split("")
        .map((c, i) => `${labelOf("A", UITKOMST_VORMEN[i])}: ${labelOf("H", c)}`)
        .join("; ");
    const wijzigingen = diff(
      {
        einddatum: { label: "Einddatum", toon: toonDatum },
        aardConclusie: { label: "Conclusie aard", toon: toonCodes("A") },
        aanvullendeInformatie: { label: "Aanvullende informatie", toon: toonCodes("B") },
        duur: { label: "Duur", toon: (v) => labelOf("C", String(v)) },
        uitkomstOnderzoek: { label: "Uitkomst onderzoek", toon: uitkomst },
        redenVoortijdig: { label: "Reden voortijdig", toon: (v) => labelOf("H2", String(v)) },
        toelichting: { label: "Toelichting" },
      },
      d,
      nieuw,
    );
    wijzigingen.push({ veld: "afsluiting", label: "Afsluiting", oud: "bevestigd", nieuw: "opnieuw te bevestigen" });
    await recordCorrectie(tx, user, audit, {
      entityType: "dienst",
      entityId: d.id,
      casusId: casus.id,
      reden: data.reden,
      wijzigingen,
      betrokkeneIds: dienst.betrokkeneIds,
    });
    await updateVersioned(tx, tx.dienst, "dienst", d.id, data.version, {
      ...nieuw,
      status: "AFSLUITING_VOORGESTELD",
      afsluitingVoorgesteldDoorId: user.id,
      afsluitingBevestigdDoorId: null,
      afsluitingBevestigdOp: null,
    });
    return { casusnummer: casus.nummer, dienstnummer: d.nummer };
  },
);
