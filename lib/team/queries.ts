// Every work list of the team for the team lead, in a fixed number of queries, audited as one READ.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { SNAPSHOT_SELECT } from "@/lib/casus/snapshot";
import { buildTeamOverzicht } from "./overview";
import type { TeamOverzicht } from "./types";
import { now } from "@/lib/domain/clock";
import { rolesWith } from "@/lib/auth/permissions";

export async function getTeamOverzicht(user: Actor, at = now()): Promise<TeamOverzicht> {
  const openCasus = { AND: [casusScope(user), { einddatum: null }] };
  const read = await auditedRead(
    user,
    { permission: "team:view", resource: { type: "teamoverzicht" } },
    async (tx) => {
      const meldingen = await tx.melding.findMany({
        where: {
          casus: openCasus,
          ingetrokkenOp: null,
          OR: [{ beoordeling: null }, { beoordeling: { vastgesteldOp: null } }],
        },
        orderBy: [{ datumMelding: "asc" }, { id: "asc" }],
        select: {
          id: true,
          nummer: true,
          version: true,
          datumMelding: true,
          behandelaarId: true,
          casus: { select: { nummer: true } },
          beoordeling: { select: { datum: true } },
        },
      });
      const casussen = await tx.casus.findMany({
        where: openCasus,
        orderBy: [{ begindatum: "asc" }, { id: "asc" }],
        select: {
          ...SNAPSHOT_SELECT,
          id: true,
          nummer: true,
          version: true,
          begindatum: true,
          gemeentecode: true,
          casemanagerId: true,
          diensten: {
            select: { ...SNAPSHOT_SELECT.diensten.select, beoordeling: { select: { meldingId: true, datum: true } } },
          },
        },
      });
      const users = await tx.user.findMany({
        where: { role: { in: [...rolesWith("melding:assignee"), ...rolesWith("casus:assignee")] } },
        select: { id: true, displayName: true, role: true, active: true },
      });
      const codes = [...new Set(casussen.map((c) => c.gemeentecode).filter((c): c is string => !!c))];
      const gemeenten = await tx.gemeente.findMany({
        where: { code: { in: codes } },
        orderBy: { jaar: "asc" },
        select: { code: true, naam: true },
      });
      const overzicht = buildTeamOverzicht(
        meldingen,
        casussen,
        users,
        new Map(gemeenten.map((g) => [g.code, g.naam])),
        todayInAmsterdam(at),
      );
      const detail = `open meldingen ${meldingen.length}; open casussen ${casussen.length}; unassigned ${overzicht.teToewijzen.length}`;
      return { overzicht, detail };
    },
    ({ detail }) => ({ entityType: "teamoverzicht", detail }),
  );
  return read.overzicht;
}
