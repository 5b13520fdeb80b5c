// Veiligheidsbeoordeling: one per melding, recorded by the voordeur, final only when a gedragswetenschapper or
// teamleider other than the recorder confirms it (four eyes; the database checks it too). Every step locks the
// casus, loads its snapshot and asks the protocol rules; edits carry the version (optimistic locking).
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { defineCommand } from "@/lib/auth/door";
import { rolesWith } from "@/lib/auth/permissions";
import { casusScope } from "@/lib/auth/scope";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { assertRule, loadCasusSnapshot, lockCasus } from "@/lib/casus/snapshot";
import { updateVersioned } from "@/lib/db/versioned";
import { canRecordBeoordeling, INHOUD_AFSLUITEN } from "@/lib/domain/casus-state";
import { sluitNaBeoordeling } from "@/lib/casus/voordeur-afsluiten";
import { compareDates, formatDatumNl } from "@/lib/domain/dates";
import { ZBeoordelingNieuw, ZBeoordelingTerugsturen, ZBeoordelingVaststellen, ZBeoordelingWijziging } from "./schema";
import { maakSignaal } from "@/lib/signaal/maak";
import { now } from "@/lib/domain/clock";

const ENTITY = "veiligheidsbeoordeling";

export function checkDatum(datum: Date, datumMelding: Date) {
  if (compareDates(datum, datumMelding) < 0) {
    throw new ValidationFailed({
      datum: `De datum van de beoordeling ligt vóór de datum melding (${formatDatumNl(datumMelding)}).`,
    });
  }
}

/** Besloten met: an active gedragswetenschapper, teamleider or triage colleague — never oneself. */
async function checkBesluitMet(tx: Tx, id: number, actor: Actor) {
  const ok =
    id !== actor.id &&
    (await tx.user.findFirst({
      where: { id, active: true, role: { in: rolesWith("beoordeling:besluit-met") } },
      select: { id: true },
    }));
  if (!ok)
    throw new ValidationFailed({ besluitMetId: "Kies een gedragswetenschapper, teamleider of collega (niet uzelf)." });
}

export const recordBeoordeling = defineCommand(
  { permission: "beoordeling:write", schema: ZBeoordelingNieuw },
  async ({ tx, user: actor, data, audit }) => {
    const melding = await tx.melding.findFirst({
      where: { nummer: data.meldingNummer, casus: casusScope(actor) },
      select: { id: true, casusId: true, datumMelding: true, beoordeling: { select: { id: true } } },
    });
    if (!melding) throw new NotFound("melding");
    await lockCasus(tx, melding.casusId);
    assertRule(canRecordBeoordeling(await loadCasusSnapshot(tx, melding.casusId), String(melding.id)));
    const bestaand = await tx.veiligheidsbeoordeling.findUnique({
      where: { meldingId: melding.id },
      select: { nummer: true },
    });
    if (bestaand)
      throw new RuleViolation(
        `Deze melding heeft al een veiligheidsbeoordeling (${bestaand.nummer}); die kan worden gewijzigd zolang zij niet is vastgesteld.`,
      );
    checkDatum(data.datum, melding.datumMelding);
    await checkBesluitMet(tx, data.besluitMetId, actor);
    const b = await tx.veiligheidsbeoordeling.create({
      data: {
        meldingId: melding.id,
        casusId: melding.casusId,
        datum: data.datum,
        taxatie: data.taxatie,
        inhoud: data.inhoud,
        toelichting: data.toelichting,
        besluitMetId: data.besluitMetId,
        createdById: actor.id,
      },
      select: { id: true, nummer: true },
    });
    await audit({
      action: "CREATE",
      entityType: ENTITY,
      entityId: b.id,
      casusId: melding.casusId,
      detail: `melding ${melding.id}`,
    });
    return b;
  },
);

async function loadForChange(tx: Tx, actor: Actor, id: number) {
  const b = await tx.veiligheidsbeoordeling.findFirst({
    where: { id, casus: casusScope(actor) },
    select: {
      id: true,
      casusId: true,
      meldingId: true,
      createdById: true,
      inhoud: true,
      vastgesteldOp: true,
      melding: { select: { datumMelding: true } },
    },
  });
  if (!b) throw new NotFound("veiligheidsbeoordeling");
  await lockCasus(tx, b.casusId);
  const snapshot = await loadCasusSnapshot(tx, b.casusId);
  assertRule(canRecordBeoordeling(snapshot, String(b.meldingId)));
  return b;
}

/** Edits a beoordeling that is not yet final. A stale version is refused naming who changed it. */
export const updateBeoordeling = defineCommand(
  { permission: "beoordeling:write", schema: ZBeoordelingWijziging },
  async ({ tx, user: actor, data, audit }) => {
    const b = await loadForChange(tx, actor, data.id);
    checkDatum(data.datum, b.melding.datumMelding);
    await checkBesluitMet(tx, data.besluitMetId, actor);
    await updateVersioned(tx, tx.veiligheidsbeoordeling, ENTITY, b.id, data.version, {
      datum: data.datum,
      taxatie: data.taxatie,
      inhoud: data.inhoud,
      toelichting: data.toelichting,
      besluitMetId: data.besluitMetId,
    });
    const opgelost = await tx.terugsturing.updateMany({
      where: { beoordelingId: b.id, opgelostOp: null },
      data: { opgelostOp: now() },
    });
    await audit({
      action: "UPDATE",
      entityType: ENTITY,
      entityId: b.id,
      casusId: b.casusId,
      ...(opgelost.count ? { detail: "aangepast na terugsturen" } : {}),
    });
    return { id: b.id, version: data.version + 1 };
  },
);

/** Vaststellen: the second pair of eyes makes the beoordeling final; from then on it is read-only. */
export const confirmBeoordeling = defineCommand(
  { permission: "beoordeling:confirm", schema: ZBeoordelingVaststellen },
  async ({ tx, user: actor, data, audit }) => {
    const b = await loadForChange(tx, actor, data.id);
    if (b.createdById === actor.id) {
      throw new RuleViolation(
        "U heeft deze beoordeling zelf vastgelegd. Een tweede persoon moet haar vaststellen (vier ogen).",
      );
    }
    if (await openTerugsturing(tx, b.id)) {
      throw new RuleViolation(
        "Deze beoordeling is teruggestuurd; zij kan pas worden vastgesteld als zij is aangepast.",
      );
    }
    await updateVersioned(tx, tx.veiligheidsbeoordeling, ENTITY, b.id, data.version, {
      vastgesteldDoorId: actor.id,
      vastgesteldOp: now(),
    });
    await audit({ action: "UPDATE", entityType: ENTITY, entityId: b.id, casusId: b.casusId, detail: "vastgesteld" });
    // "Geen vervolgstappen" or "regionaal maatwerk": the voordeur closes the casus now, or lists it as af te sluiten.
    const afsluiten = INHOUD_AFSLUITEN.includes(b.inhoud) ? await sluitNaBeoordeling(tx, b.casusId, audit) : null;
    return { id: b.id, afsluiten };
  },
);

const openTerugsturing = (tx: Tx, beoordelingId: number) =>
  tx.terugsturing.findFirst({ where: { beoordelingId, opgelostOp: null }, select: { id: true } });

/**
 * Terugsturen: a gedragswetenschapper or teamleider other than the author sends a beoordeling that is not yet
 * final back with a remark; the author gets a signal and sees the remark until they change the beoordeling.
 */
export const terugsturenBeoordeling = defineCommand(
  { permission: "beoordeling:confirm", schema: ZBeoordelingTerugsturen },
  async ({ tx, user: actor, data, audit }) => {
    const b = await loadForChange(tx, actor, data.id);
    if (b.createdById === actor.id) {
      throw new RuleViolation("U heeft deze beoordeling zelf vastgelegd; alleen een ander kan haar terugsturen.");
    }
    if (await openTerugsturing(tx, b.id)) {
      throw new RuleViolation("Deze beoordeling is al teruggestuurd en nog niet aangepast.");
    }
    await updateVersioned(tx, tx.veiligheidsbeoordeling, ENTITY, b.id, data.version, {});
    const t = await tx.terugsturing.create({
      data: {
        casusId: b.casusId,
        beoordelingId: b.id,
        doorId: actor.id,
        aanId: b.createdById,
        opmerking: data.opmerking,
      },
      select: { id: true },
    });
    await audit({ action: "UPDATE", entityType: ENTITY, entityId: b.id, casusId: b.casusId, detail: "teruggestuurd" });
    const m = await tx.melding.findUniqueOrThrow({ where: { id: b.meldingId }, select: { nummer: true } });
    await maakSignaal(tx, {
      userId: b.createdById,
      soort: "TERUGGESTUURD",
      casusId: b.casusId,
      tekst: `De veiligheidsbeoordeling van melding ${m.nummer} is teruggestuurd met een opmerking.`,
      href: `/meldingen/${m.nummer}/beoordeling`,
    });
    return { id: t.id, version: data.version + 1 };
  },
);
