// Mijn taken: open tasks first by due date, overdue ones marked; the tasks I gave to others; the people a
// teamleider may give a task to.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead, listEvents } from "@/lib/auth/audited-read";
import { roleHas, rolesWith } from "@/lib/auth/permissions";
import { casusScope } from "@/lib/auth/scope";
import { compareDates, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { now } from "@/lib/domain/clock";
import { prisma } from "@/lib/db/client";

export type TaakRij = {
  id: number;
  version: number;
  titel: string;
  toelichting: string | null;
  deadline: string;
  verlopen: boolean;
  casusnummer: string | null;
  aan: string;
  door: string;
  eigen: boolean;
};

const select = {
  id: true,
  version: true,
  titel: true,
  toelichting: true,
  deadline: true,
  casusId: true,
  toegewezenAanId: true,
  casus: { select: { nummer: true } },
  toegewezenAan: { select: { displayName: true } },
  aangemaaktDoor: { select: { displayName: true } },
} as const;

/** Open tasks for me (at most 50, earliest due first) and open tasks I gave to someone else. */
export async function getMijnTaken(user: Actor, at = now()) {
  if (!roleHas(user.role, "taak:write")) return { voorMij: [], doorMij: [] };
  const today = todayInAmsterdam(at);
  const open = { afgerondOp: null, OR: [{ casusId: null }, { casus: { is: casusScope(user) } }] };
  const [voorMij, doorMij] = await auditedRead(
    user,
    { permission: "taak:write" },
    async (tx) => [
      await tx.taak.findMany({
        where: { ...open, toegewezenAanId: user.id },
        orderBy: [{ deadline: "asc" }, { id: "asc" }],
        take: 50,
        select,
      }),
      await tx.taak.findMany({
        where: { ...open, aangemaaktDoorId: user.id, toegewezenAanId: { not: user.id } },
        orderBy: [{ deadline: "asc" }, { id: "asc" }],
        take: 50,
        select,
      }),
    ],
    ([a, b]) => listEvents("taak", [...a, ...b], (t) => ({ entityId: t.id, casusId: t.casusId })),
  );
  const rij = (t: (typeof voorMij)[number]): TaakRij => ({
    id: t.id,
    version: t.version,
    titel: t.titel,
    toelichting: t.toelichting,
    deadline: toIsoDate(t.deadline),
    verlopen: compareDates(t.deadline, today) < 0,
    casusnummer: t.casus?.nummer ?? null,
    aan: t.toegewezenAan.displayName,
    door: t.aangemaaktDoor.displayName,
    eigen: t.toegewezenAanId === user.id,
  });
  return { voorMij: voorMij.map(rij), doorMij: doorMij.map(rij) };
}

/** Who a teamleider may give a task to. */
export async function getTaakOntvangers(user: Actor) {
  if (!roleHas(user.role, "taak:assign")) return [];
  const users = await prisma.user.findMany({
    where: { active: true, role: { in: rolesWith("taak:write") } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
  });
  return users.map((u) => ({ value: String(u.id), label: u.displayName }));
}
