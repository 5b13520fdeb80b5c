// Noodtoegang (break-the-glass, NEN 7513): a user opens a casus outside their scope with a reason. The access lasts
// 8 hours (or until ended); every event on the casus meanwhile carries the noodtoegang's id (lib/auth/audit.ts);
// the teamleiders get a signal and the privacy officer finds it under Te controleren. One transaction, audited.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { NotFound, RuleViolation } from "@/lib/auth/errors";
import { casusScope } from "@/lib/auth/scope";
import { maakSignaal } from "@/lib/signaal/maak";
import { NOODTOEGANG_UREN, ZNoodtoegang, ZNoodtoegangBeeindigen } from "./schema";

export const startNoodtoegang = defineCommand(
  { permission: "noodtoegang:use", schema: ZNoodtoegang },
  async ({ tx, user, data, audit }) => {
    const casus = await tx.casus.findUnique({
      where: { nummer: data.casusnummer },
      select: { id: true, nummer: true },
    });
    if (!casus) throw new NotFound("casus");
    if (await tx.casus.count({ where: { AND: [{ id: casus.id }, casusScope(user)] } }))
      throw new RuleViolation("U heeft al toegang tot deze casus; noodtoegang is niet nodig.");
    const startOp = new Date();
    const eindOp = new Date(startOp.getTime() + NOODTOEGANG_UREN * 3600_000);
    const n = await tx.noodtoegang.create({
      data: { userId: user.id, casusId: casus.id, reden: data.reden, startOp, eindOp },
      select: { id: true },
    });
    await audit({
      action: "CREATE",
      entityType: "noodtoegang",
      entityId: n.id,
      casusId: casus.id,
      noodtoegangId: n.id,
      detail: `break the glass for ${NOODTOEGANG_UREN} hours`,
    });
    const wie = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { displayName: true } });
    const leiders = await tx.user.findMany({
      where: { role: "TEAMLEIDER", active: true, id: { not: user.id } },
      select: { id: true },
    });
    for (const l of leiders)
      await maakSignaal(tx, {
        userId: l.id,
        soort: "NOODTOEGANG",
        casusId: casus.id,
        tekst: `Noodtoegang: ${wie.displayName} opende casus ${casus.nummer} buiten de eigen toegang`,
        href: `/casussen/${casus.nummer}`,
        sleutel: `noodtoegang:${n.id}`,
      });
    return { id: n.id, casusnummer: casus.nummer, eindOp: eindOp.toISOString() };
  },
);

/** Ends one's own noodtoegang before its 8 hours are over. */
export const beeindigNoodtoegang = defineCommand(
  { permission: "noodtoegang:use", schema: ZNoodtoegangBeeindigen },
  async ({ tx, user, data, audit }) => {
    const n = await tx.noodtoegang.findFirst({
      where: { id: data.id, userId: user.id, beeindigdOp: null, eindOp: { gt: new Date() } },
      select: { id: true, casusId: true },
    });
    if (!n) throw new NotFound("noodtoegang");
    await tx.noodtoegang.update({ where: { id: n.id }, data: { beeindigdOp: new Date() } });
    await audit({ action: "UPDATE", entityType: "noodtoegang", entityId: n.id, casusId: n.casusId, detail: "ended" });
    return { id: n.id };
  },
);
