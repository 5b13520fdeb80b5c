// Closing a casus: only when the protocol rules allow it (no open dienst, every melding finally beoordeeld),
// with an einddatum on or after every date in the casus and not in the future. Afterwards nothing can be added:
// every step's rule refuses a closed casus.
import "server-only";
import { auditedRead } from "@/lib/auth/audited-read";
import { defineCommand } from "@/lib/auth/door";
import type { Actor } from "@/lib/auth/audit";
import { casusScope, dossierWriteScope } from "@/lib/auth/scope";
import { RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/client";
import { updateVersioned } from "@/lib/db/versioned";
import { loadCasusSnapshot } from "@/lib/casus/snapshot";
import {
  canCloseCasus,
  deriveStage,
  getStageLabel,
  INHOUD_OVERDRACHT,
  INHOUD_VERVOLGSTAPPEN_VT,
} from "@/lib/domain/casus-state";
import { addDays, compareDates, formatDatumNl, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { lockScopedCasus } from "@/lib/casus/scoped";
import { latestDate } from "@/lib/monitoring/next-date";
import { ZCasusAfsluiten } from "@/lib/monitoring/schema";

/** The latest date recorded anywhere in the casus (melding, beoordeling, dienst, overdracht, monitoring). */
export async function latestCasusDate(tx: Tx, casusId: number): Promise<Date | null> {
  const where = { casusId };
  // One after the other: the queries share the transaction's connection.
  const m = await tx.melding.aggregate({ where, _max: { datumMelding: true } });
  const b = await tx.veiligheidsbeoordeling.aggregate({ where, _max: { datum: true } });
  const d = await tx.dienst.aggregate({ where, _max: { startdatum: true, einddatum: true } });
  const o = await tx.overdracht.aggregate({ where, _max: { datum: true } });
  const t = await tx.monitoringsmoment.aggregate({ where, _max: { datum: true } });
  const dates = [m._max.datumMelding, b._max.datum, d._max.startdatum, d._max.einddatum, o._max.datum, t._max.datum];
  return latestDate(dates.filter((x): x is Date => x instanceof Date));
}

/** The earliest einddatum the casus can get: its begindatum or any later date recorded in it. */
async function earliestEinddatum(tx: Tx, casus: { id: number; begindatum: Date }): Promise<Date> {
  const latest = await latestCasusDate(tx, casus.id);
  return latest && compareDates(latest, casus.begindatum) > 0 ? latest : casus.begindatum;
}

export const closeCasus = defineCommand(
  { permission: "casus:close", schema: ZCasusAfsluiten, resource: { type: "casus" } },
  async ({ tx, user, data, audit }) => {
    const { casus, snapshot } = await lockScopedCasus(tx, user, data.casusnummer, dossierWriteScope(user));
    if (casus.version !== data.version) await updateVersioned(tx, tx.casus, "casus", casus.id, data.version, {});
    if (snapshot.gesloten) throw new RuleViolation("De casus is al gesloten.");
    const rule = canCloseCasus(snapshot);
    if (!rule.ok) throw new RuleViolation(`De casus kan nog niet worden gesloten: ${rule.reden}.`);
    const ondergrens = await earliestEinddatum(tx, casus);
    if (compareDates(data.einddatum, ondergrens) < 0) {
      throw new ValidationFailed({
        einddatum: `De einddatum moet op of na ${formatDatumNl(ondergrens)} liggen, de laatste datum in de casus.`,
      });
    }
    await updateVersioned(tx, tx.casus, "casus", casus.id, data.version, { einddatum: data.einddatum });
    await audit({
      action: "UPDATE",
      entityType: "casus",
      entityId: casus.id,
      casusId: casus.id,
      detail: "casus gesloten",
    });
    return { casusnummer: casus.nummer, einddatum: toIsoDate(data.einddatum) };
  },
);

/** What the close page shows: what still blocks closing, points to check, and the earliest possible einddatum. */
export async function getCasusAfsluitenView(user: Actor, casusnummer: string) {
  return auditedRead(
    user,
    { permission: "casus:close" },
    async (tx) => {
      const c = await tx.casus.findFirst({
        where: { AND: [{ nummer: casusnummer }, casusScope(user), dossierWriteScope(user)] },
        select: {
          id: true,
          nummer: true,
          begindatum: true,
          einddatum: true,
          version: true,
          meldingen: { select: { beoordeling: { select: { inhoud: true } } } },
          overdrachten: { orderBy: { datum: "asc" }, take: 1, select: { datum: true } },
        },
      });
      if (!c) return null;
      const snapshot = await loadCasusSnapshot(tx, c.id);
      const rule = canCloseCasus(snapshot);
      const latest = await earliestEinddatum(tx, c);
      const today = todayInAmsterdam();
      const aandachtspunten: string[] = [];
      const inhouden = c.meldingen.map((m) => m.beoordeling?.inhoud);
      const eersteOverdracht = c.overdrachten[0]?.datum ?? null;
      if (!eersteOverdracht && inhouden.some((i) => i === INHOUD_OVERDRACHT || i === INHOUD_VERVOLGSTAPPEN_VT)) {
        aandachtspunten.push("Er is geen overdracht vastgelegd.");
      } else if (eersteOverdracht && compareDates(today, addDays(eersteOverdracht, 365)) < 0 && !c.einddatum) {
        aandachtspunten.push(
          `De monitoring loopt korter dan een jaar (eerste overdracht op ${formatDatumNl(eersteOverdracht)}).`,
        );
      }
      return {
        casusId: c.id,
        casusnummer: c.nummer,
        version: c.version,
        begindatum: formatDatumNl(c.begindatum),
        gesloten: c.einddatum !== null,
        einddatum: c.einddatum ? formatDatumNl(c.einddatum) : null,
        fase: getStageLabel(deriveStage(snapshot)),
        blokkades: rule.ok ? [] : rule.redenen,
        aandachtspunten,
        minEinddatum: toIsoDate(latest),
        minEinddatumTekst: formatDatumNl(latest),
        vandaag: toIsoDate(today),
      };
    },
    (r) =>
      r
        ? { entityType: "casus", entityId: r.casusId, casusId: r.casusId }
        : { entityType: "casus", entityId: casusnummer, outcome: "FAILURE", detail: "not found or out of scope" },
  );
}
