// Signals are made on the server, inside the transaction of their cause (a command's tx), so a signal exists
// exactly when its cause was stored. A signal goes only to an active user who may see its casus — checked with
// that user's own access scope in the query — so it never tells anyone about a casus outside their scope. Its text
// names numbers and the kind of event, never case content.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/audit";
import { casusScope } from "@/lib/auth/scope";

export const SIGNAAL_SOORTEN = {
  TOEGEWEZEN: "Toegewezen",
  VERVOLGMELDING: "Vervolgmelding",
  TERUGGESTUURD: "Teruggestuurd",
  TAAK: "Taak",
  MONITORING: "Monitoring",
  TERMIJN: "Termijn",
  VOORWAARDE: "Voorwaarde niet nagekomen",
  NOODTOEGANG: "Noodtoegang",
  BEWAARTERMIJN: "Bewaartermijn",
} as const;
export type SignaalSoort = keyof typeof SIGNAAL_SOORTEN;

export type NieuwSignaal = {
  userId: number;
  soort: SignaalSoort;
  casusId: number | null;
  tekst: string;
  href: string;
  /** One signal per user and key (the daily deadline job may run more than once). */
  sleutel?: string;
};

/** Whether another user (not the actor) may see a casus: that user's own access scope in the query. */
export async function casusZichtbaarVoor(tx: Tx, u: { id: number; role: Actor["role"] }, casusId: number) {
  const ontvanger: Actor = { id: u.id, role: u.role, username: "" };
  return (await tx.casus.count({ where: { AND: [{ id: casusId }, casusScope(ontvanger)] } })) > 0;
}

/** Makes the signal when the user may receive it; true when made now (false: not allowed, or already there with this key). */
export async function maakSignaal(tx: Tx, s: NieuwSignaal): Promise<boolean> {
  const u = await tx.user.findUnique({ where: { id: s.userId }, select: { id: true, role: true, active: true } });
  if (!u || !u.active) return false;
  if (s.casusId !== null && !(await casusZichtbaarVoor(tx, u, s.casusId))) return false;
  const r = await tx.signaal.createMany({
    data: [
      {
        userId: u.id,
        soort: s.soort,
        casusId: s.casusId,
        tekst: s.tekst.slice(0, 300),
        href: s.href.slice(0, 300),
        sleutel: s.sleutel ?? null,
      },
    ],
    skipDuplicates: true,
  });
  return r.count > 0;
}
