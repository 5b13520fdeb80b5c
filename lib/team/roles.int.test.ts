// Each server function of the casus overview, search and team-lead parts refuses the roles that may not use it:
// Forbidden is thrown, nothing is changed and the attempt is audited as DENIED.
import { beforeAll, describe, expect, test } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { d, makeCasus, makeUser } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { Forbidden } from "@/lib/auth/errors";
import { assignBehandelaar, assignCasemanager } from "@/lib/casus/assign";
import { getCasusOverview } from "@/lib/casus/queries";
import { zoekCasussen } from "@/lib/zoeken/queries";
import { getTermijnen } from "@/lib/termijnen/queries";
import { getTeamOverzicht } from "./queries";

const db = freshTestDb();
const users = {} as Record<Role, Actor>;
let c: Awaited<ReturnType<typeof makeCasus>>;
let cmId: number, triageId: number;

beforeAll(async () => {
  for (const r of ["TRIAGE", "CASEMANAGER", "GEDRAGSWETENSCHAPPER", "TEAMLEIDER", "BEHEERDER"] as Role[])
    users[r] = await makeUser(db.prisma, r);
  cmId = users.CASEMANAGER.id;
  triageId = users.TRIAGE.id;
  c = await makeCasus(db.prisma, triageId, {
    datum: "2026-11-02",
    beoordeling: { datum: "2026-11-04", besluitMetId: users.GEDRAGSWETENSCHAPPER.id },
  });
});

type Call = { name: string; permission: string; allowed: Role[]; call: (u: Actor) => Promise<unknown> };
const CALLS: Call[] = [
  {
    name: "assignCasemanager",
    permission: "casus:assign",
    allowed: ["TEAMLEIDER"],
    call: (u) => assignCasemanager({ casusId: c.casus.id, version: 1, casemanagerId: cmId }, u),
  },
  {
    name: "assignBehandelaar",
    permission: "casus:assign",
    allowed: ["TEAMLEIDER"],
    call: (u) => assignBehandelaar({ meldingId: c.melding.id, version: 1, behandelaarId: triageId }, u),
  },
  { name: "getTeamOverzicht", permission: "team:view", allowed: ["TEAMLEIDER"], call: (u) => getTeamOverzicht(u) },
  {
    name: "getTermijnen",
    permission: "termijnen:view",
    allowed: ["TEAMLEIDER"],
    call: (u) => getTermijnen(u, { van: d("2026-07-01"), tot: d("2026-11-23") }),
  },
  {
    name: "getCasusOverview",
    permission: "casus:read",
    allowed: ["TRIAGE", "CASEMANAGER", "GEDRAGSWETENSCHAPPER", "TEAMLEIDER"],
    call: (u) => getCasusOverview(u, c.casus.nummer),
  },
  {
    name: "zoekCasussen",
    permission: "casus:search",
    allowed: ["TRIAGE", "CASEMANAGER", "GEDRAGSWETENSCHAPPER", "TEAMLEIDER"],
    call: (u) => zoekCasussen({ zoekterm: c.casus.nummer }, u),
  },
];

describe("wrong roles are refused", () => {
  for (const fn of CALLS) {
    const refused = (Object.keys(users) as Role[]).filter((r) => !fn.allowed.includes(r));
    test(`${fn.name} refuses ${refused.join(", ")}`, async () => {
      for (const role of refused) {
        const u = users[role];
        await expect(fn.call(u), `${fn.name} as ${role}`).rejects.toBeInstanceOf(Forbidden);
        const e = await db.prisma.auditEvent.findFirst({ where: { userId: u.id }, orderBy: { id: "desc" } });
        expect(e, `${fn.name} as ${role}`).toMatchObject({
          outcome: "DENIED",
          role,
          detail: `permission ${fn.permission} refused`,
        });
      }
      const casus = await db.prisma.casus.findUniqueOrThrow({ where: { id: c.casus.id } });
      const melding = await db.prisma.melding.findUniqueOrThrow({ where: { id: c.melding.id } });
      expect([casus.casemanagerId, casus.version, melding.behandelaarId, melding.version]).toEqual([null, 1, null, 1]);
    });
  }
});
