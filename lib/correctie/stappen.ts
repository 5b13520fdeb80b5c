// Corrections of the achterdeur's records that have no four-eyes confirmation: an overdracht (datum, partij, hulp,
// betrokkenen), a monitoringsmoment (datum, score, notitie), and the casus's gemeente — each with the rules of its
// registration and the reason, kept with the old and the new values.
import "server-only";
import { PARTIJ_MOMENT_1_REDEN, partijPastBijMoment } from "@/lib/domain/casus-state";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, ValidationFailed } from "@/lib/auth/errors";
import { updateVersioned } from "@/lib/db/versioned";
import { labelOf } from "@/lib/domain/codes";
import { compareDates, formatDatumNl } from "@/lib/domain/dates";
import { lockCasus } from "@/lib/casus/snapshot";
import { findWritableCasus } from "@/lib/casus/dossier-scope";
import { formatNaam } from "@/lib/casus/naam";
import { checkGemeentecode } from "@/lib/gemeenten/queries";
import { diff, recordCorrectie, type VeldDef, toonDatum } from "./record";
import { ZCasusGemeenteCorrectie, ZMonitoringCorrectie, ZOverdrachtCorrectie } from "./schema";

export const correctOverdracht = defineCommand(
  { permission: "correctie:write", schema: ZOverdrachtCorrectie, resource: { type: "overdracht" } },
  async ({ tx, user, data, audit }) => {
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    await lockCasus(tx, casus.id);
    const o = await tx.overdracht.findFirst({
      where: { id: data.overdrachtId, casusId: casus.id },
      include: {
        betrokkenen: { select: { betrokkene: true } },
        bronMelding: { select: { beoordeling: { select: { datum: true } } } },
        bronDienst: { select: { einddatum: true } },
      },
    });
    if (!o) throw new NotFound("Overdracht niet gevonden");
    if (!partijPastBijMoment(o.moment, data.partij)) throw new ValidationFailed({ partij: PARTIJ_MOMENT_1_REDEN });
    const vanaf = o.bronMelding?.beoordeling?.datum ?? o.bronDienst?.einddatum ?? null;
    if (vanaf && compareDates(data.datum, vanaf) < 0)
      throw new ValidationFailed({
        datum: `De datum overdracht ligt vóór ${o.bronMeldingId ? "de veiligheidsbeoordeling" : "het einde van de dienst"} (${formatDatumNl(vanaf)}).`,
      });
    if (casus.einddatum && compareDates(data.datum, casus.einddatum) > 0)
      throw new ValidationFailed({
        datum: `De datum overdracht ligt na het einde van de casus (${formatDatumNl(casus.einddatum)}).`,
      });
    const gekozen = await tx.betrokkene.findMany({ where: { id: { in: data.betrokkeneIds }, casusId: casus.id } });
    if (gekozen.length !== data.betrokkeneIds.length)
      throw new ValidationFailed({ betrokkeneIds: "Een gekozen betrokkene hoort niet bij deze casus." });
    const namen = (bs: Parameters<typeof formatNaam>[0][]) => bs.map(formatNaam).sort().join(", ");
    const velden: Record<string, VeldDef> = {
      datum: { label: "Datum overdracht", toon: toonDatum },
      partij: { label: "Partij", toon: (v) => labelOf("I", String(v)) },
      hulp: { label: "Hulp", toon: (v) => labelOf("J", String(v)) },
      betrokkenen: { label: "Betrokkenen" },
      toelichting: { label: "Toelichting" },
    };
    const wijzigingen = diff(
      velden,
      { ...o, betrokkenen: namen(o.betrokkenen.map((b) => b.betrokkene)) },
      { ...data, betrokkenen: namen(gekozen) },
    );
    await recordCorrectie(tx, user, audit, {
      entityType: "overdracht",
      entityId: o.id,
      casusId: casus.id,
      reden: data.reden,
      wijzigingen,
      betrokkeneIds: data.betrokkeneIds,
    });
    await updateVersioned(tx, tx.overdracht, "overdracht", o.id, data.version, {
      datum: data.datum,
      partij: data.partij,
      hulp: data.hulp,
      toelichting: data.toelichting,
    });
    await tx.overdrachtBetrokkene.deleteMany({ where: { overdrachtId: o.id } });
    await tx.overdrachtBetrokkene.createMany({
      data: data.betrokkeneIds.map((betrokkeneId) => ({ overdrachtId: o.id, casusId: casus.id, betrokkeneId })),
    });
    return { casusnummer: casus.nummer };
  },
);

export const correctMonitoring = defineCommand(
  { permission: "correctie:write", schema: ZMonitoringCorrectie, resource: { type: "monitoringsmoment" } },
  async ({ tx, user, data, audit }) => {
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    await lockCasus(tx, casus.id);
    const t = await tx.monitoringsmoment.findFirst({ where: { id: data.momentId, casusId: casus.id } });
    if (!t) throw new NotFound("Monitoringsmoment niet gevonden");
    const eerste = await tx.overdracht.findFirst({
      where: { casusId: casus.id },
      orderBy: { datum: "asc" },
      select: { datum: true },
    });
    if (eerste && compareDates(data.datum, eerste.datum) < 0)
      throw new ValidationFailed({
        datum: `De datum monitoring ligt vóór de eerste overdracht (${formatDatumNl(eerste.datum)}).`,
      });
    if (casus.einddatum && compareDates(data.datum, casus.einddatum) > 0)
      throw new ValidationFailed({
        datum: `De datum monitoring ligt na het einde van de casus (${formatDatumNl(casus.einddatum)}).`,
      });
    const nieuw = { datum: data.datum, veiligheidsscore: data.veiligheidsscore, notitie: data.notitie };
    const wijzigingen = diff(
      {
        datum: { label: "Datum monitoring", toon: toonDatum },
        veiligheidsscore: { label: "Veiligheidsscore" },
        notitie: { label: "Notitie" },
      },
      t,
      nieuw,
    );
    await recordCorrectie(tx, user, audit, {
      entityType: "monitoringsmoment",
      entityId: t.id,
      casusId: casus.id,
      reden: data.reden,
      wijzigingen,
    });
    await updateVersioned(tx, tx.monitoringsmoment, "monitoringsmoment", t.id, data.version, nieuw);
    return { casusnummer: casus.nummer };
  },
);

export const correctCasusGemeente = defineCommand(
  { permission: "correctie:write", schema: ZCasusGemeenteCorrectie, resource: { type: "casus" } },
  async ({ tx, user, data, audit }) => {
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    await lockCasus(tx, casus.id);
    await checkGemeentecode(tx, data.gemeentecode, casus.begindatum); // the list of the casus's year
    const huidig = await tx.casus.findUniqueOrThrow({ where: { id: casus.id }, select: { gemeentecode: true } });
    const naam = async (code: unknown) =>
      code
        ? ((await tx.gemeente.findFirst({ where: { code: String(code) }, orderBy: { jaar: "desc" } }))?.naam ??
            String(code)) + ` (${String(code)})`
        : "(onbekend)";
    const wijzigingen = diff(
      { gemeentecode: { label: "Gemeente" } },
      { gemeentecode: await naam(huidig.gemeentecode) },
      { gemeentecode: await naam(data.gemeentecode === "0000" ? null : data.gemeentecode) },
    );
    await recordCorrectie(tx, user, audit, {
      entityType: "casus",
      entityId: casus.id,
      casusId: casus.id,
      reden: data.reden,
      wijzigingen,
    });
    await updateVersioned(tx, tx.casus, "casus", casus.id, data.version, {
      gemeentecode: data.gemeentecode === "0000" ? null : data.gemeentecode,
    });
    return { casusnummer: casus.nummer };
  },
);
