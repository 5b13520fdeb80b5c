// Two corrections of the teamleider: withdrawing a melding registered by mistake or twice (it is kept and shown
// as "ingetrokken", and never delivered again: lib/levering/select-sql.ts), and reopening a casus closed by
// mistake — as long as no final delivery already reports it closed.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/client";
import { updateVersioned } from "@/lib/db/versioned";
import { now } from "@/lib/domain/clock";
import { formatDatumNl } from "@/lib/domain/dates";
import { lockCasus } from "@/lib/casus/snapshot";
import { findWritableCasus } from "@/lib/casus/dossier-scope";
import { recordCorrectie } from "./record";
import { ZCasusHeropenen, ZMeldingIntrekken } from "./schema";

export const withdrawMelding = defineCommand(
  { permission: "melding:withdraw", schema: ZMeldingIntrekken, resource: { type: "melding" } },
  async ({ tx, user, data, audit }) => {
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    await lockCasus(tx, casus.id);
    const m = await tx.melding.findFirst({
      where: { id: data.meldingId, casusId: casus.id },
      select: {
        id: true,
        nummer: true,
        ingetrokkenOp: true,
        beoordeling: { select: { id: true, _count: { select: { diensten: true } } } },
        _count: { select: { overdrachten: true } },
      },
    });
    if (!m) throw new NotFound("Melding niet gevonden");
    if (m.ingetrokkenOp) throw new RuleViolation(`Melding ${m.nummer} is al ingetrokken.`);
    if ((m.beoordeling?._count.diensten ?? 0) > 0 || m._count.overdrachten > 0)
      throw new RuleViolation(
        `Melding ${m.nummer} kan niet worden ingetrokken: er is een dienst of overdracht op gevolgd. Corrigeer of sluit die eerst.`,
      );
    await recordCorrectie(tx, user, audit, {
      entityType: "melding",
      entityId: m.id,
      casusId: casus.id,
      reden: data.reden,
      wijzigingen: [{ veld: "ingetrokken", label: "Ingetrokken", oud: "nee", nieuw: "ja" }],
    });
    await updateVersioned(tx, tx.melding, "melding", m.id, data.version, {
      ingetrokkenOp: now(),
      ingetrokkenDoorId: user.id,
      intrekReden: data.reden,
    });
    const over = await tx.melding.count({ where: { casusId: casus.id, ingetrokkenOp: null } });
    return { casusnummer: casus.nummer, meldingnummer: m.nummer, casusNietGeleverd: over === 0 };
  },
);

/** The final deliveries that report this casus as closed: those of the half-year its einddatum falls in. */
export async function definitiefGeleverdGesloten(tx: Tx, einddatum: Date) {
  const jaar = einddatum.getUTCFullYear();
  const halfjaar = einddatum.getUTCMonth() < 6 ? 1 : 2;
  return tx.levering.findMany({
    where: { jaar, halfjaar, status: "DEFINITIEF" },
    select: { bestandsnaam: true, jaar: true, halfjaar: true, definitiefOp: true },
  });
}

export const reopenCasus = defineCommand(
  { permission: "casus:reopen", schema: ZCasusHeropenen, resource: { type: "casus" } },
  async ({ tx, user, data, audit }) => {
    const casus = await findWritableCasus(tx, user, data.casusnummer);
    await lockCasus(tx, casus.id);
    if (!casus.einddatum) throw new RuleViolation("De casus is niet gesloten.");
    const geleverd = await definitiefGeleverdGesloten(tx, casus.einddatum);
    if (geleverd.length > 0) {
      const l = geleverd[0];
      throw new RuleViolation(
        `De casus kan niet worden heropend: de definitieve levering ${l.bestandsnaam} (${l.jaar}, ${l.halfjaar}e halfjaar) meldt hem aan CBS als gesloten op ${formatDatumNl(casus.einddatum)}. Daarvoor is een correctielevering nodig: registreer een nieuwe melding (hermelding), of laat de teamleiding een correctielevering van dat halfjaar voorbereiden.`,
      );
    }
    await recordCorrectie(tx, user, audit, {
      entityType: "casus",
      entityId: casus.id,
      casusId: casus.id,
      reden: data.reden,
      wijzigingen: [
        { veld: "einddatum", label: "Einddatum", oud: formatDatumNl(casus.einddatum), nieuw: "(heropend)" },
      ],
    });
    await updateVersioned(tx, tx.casus, "casus", casus.id, data.version, { einddatum: null });
    return { casusnummer: casus.nummer };
  },
);
