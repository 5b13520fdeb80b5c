// The casus page's one statement (overview-sql.ts) against Prisma's nested select it replaces (OVERVIEW_SELECT), on
// the demo organisation (every step of the protocol: withdrawn meldingen, a veiligheidsplan with scores, a geheim
// adres, closed diensten) and a synthetic one: for every casus the same records, fields, values and order; a casus
// outside the user's scope is not found.
import { beforeAll, describe, expect, test } from "vitest";
import { dbHandle } from "@/lib/db/client";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import type { Actor } from "@/lib/auth/audit";
import { casusScope } from "@/lib/auth/scope";
import { seedUsers } from "@/lib/db/seed/users";
import { seedDemoCases } from "@/lib/db/seed/demo-cases";
import { runSynth } from "@/lib/synth/run";
import { SCALES } from "@/lib/synth/scales";
import { OVERVIEW_SELECT, type OverviewRow } from "./overview-select";
import { readOverviewRow } from "./overview-sql";
import { readExtras } from "./extras-sql";
import { roleHas, rolesWith } from "@/lib/auth/permissions";
import { isRealBsn } from "@/lib/domain/bsn";
import { writeAudits } from "@/lib/auth/audit";

const db = freshTestDb();
let users: Actor[];

beforeAll(async () => {
  await db.prisma.organisatie.create({
    data: { id: 1, naam: "Veilig Thuis (test)", vtRegioCode: "VT18", kvkNummer: "24123456" },
  });
  await seedDemoCases(db.prisma, await seedUsers(db.prisma));
  await runSynth(db.prisma, dbHandle()!, { scale: SCALES.small, seed: 5, jaar: 2026, force: true });
  users = await db.prisma.user.findMany({ select: { id: true, username: true, role: true } });
  // A melding withdrawn by the team lead (neither data set has one): who and why are on the page.
  await db.exec(`UPDATE melding SET "ingetrokkenOp" = '2026-11-20T10:15:00Z', "intrekReden" = 'dubbel geregistreerd',
    "ingetrokkenDoorId" = (SELECT id FROM app_user WHERE username = 'teamleider')
    WHERE id = (SELECT max(id) FROM melding m WHERE NOT EXISTS (SELECT 1 FROM veiligheidsbeoordeling b
      WHERE b."meldingId" = m.id))`);
}, 300_000);

/** Prisma gives the rows of a relation without orderBy in no fixed order: sorted here, as the statement gives them. */
function normalised(r: OverviewRow | null) {
  if (!r) return r;
  const op = <T extends { betrokkeneId: number }>(xs: T[]) => [...xs].sort((a, b) => a.betrokkeneId - b.betrokkeneId);
  return {
    ...r,
    meldingen: r.meldingen.map((m) => ({ ...m, betrokkenen: op(m.betrokkenen) })),
    overdrachten: r.overdrachten.map((o) => ({ ...o, betrokkenen: op(o.betrokkenen) })),
    voorwaarden: r.voorwaarden.map((v) => ({
      ...v,
      scores: [...v.scores].sort((a, b) => a.monitoringsmomentId - b.monitoringsmomentId),
    })),
  };
}

async function vergelijk(user: Actor, nummers: string[]) {
  let gevonden = 0;
  for (const nummer of nummers) {
    const viaPrisma = await db.prisma.casus.findFirst({
      where: { nummer, ...casusScope(user) },
      select: OVERVIEW_SELECT,
    });
    const viaSql = await db.prisma.$transaction((tx) => readOverviewRow(tx, user, nummer));
    expect(normalised(viaSql), nummer).toEqual(normalised(viaPrisma));
    if (viaSql) gevonden++;
  }
  return gevonden;
}

describe("the casus page's one statement", () => {
  test("every casus of the demo and a synthetic organisation, for the team lead: as Prisma's select", async () => {
    const tl = users.find((u) => u.username === "teamleider")!;
    const alle = (await db.prisma.casus.findMany({ select: { nummer: true }, orderBy: { id: "asc" } })).map(
      (c) => c.nummer,
    );
    // The demo casussen (the first ones) and every third synthetic one.
    const nummers = alle.filter((_, i) => i < 60 || i % 3 === 0);
    expect(nummers.length).toBeGreaterThan(500);
    expect(await vergelijk(tl, nummers)).toBe(nummers.length);
    // The data has what the statement must carry.
    expect(await db.prisma.veiligheidsvoorwaarde.count()).toBeGreaterThan(0);
    expect(await db.prisma.voorwaardeScore.count()).toBeGreaterThan(0);
    expect(await db.prisma.melding.count({ where: { ingetrokkenOp: { not: null } } })).toBeGreaterThan(0);
    expect(await db.prisma.dienst.count({ where: { afsluitingBevestigdOp: { not: null } } })).toBeGreaterThan(0);
    expect(await db.prisma.overdracht.count({ where: { bronDienstId: { not: null } } })).toBeGreaterThan(0);
  }, 300_000);

  test("a case manager and triage: their own casussen found, others' not — as Prisma's scope", async () => {
    const nummers = (
      await db.prisma.casus.findMany({ select: { nummer: true }, take: 150, orderBy: { id: "desc" } })
    ).map((c) => c.nummer);
    for (const username of ["casemanager", "triage", "gedragswetenschapper"]) {
      const u = users.find((x) => x.username === username)!;
      const gevonden = await vergelijk(u, nummers);
      expect(gevonden, username).toBeLessThan(nummers.length);
    }
    expect(await db.prisma.$transaction((tx) => readOverviewRow(tx, users[0], "C2026-999999"))).toBeNull();
  }, 300_000);
});

/** The five Prisma queries readExtras replaced, as they were: the oracle. */
async function extrasViaPrisma(user: Actor, c: OverviewRow, bsns: string[], dienstUsers: number[], assign: boolean) {
  const gemeente = c.gemeentecode
    ? await db.prisma.gemeente.findFirst({
        where: { code: c.gemeentecode },
        orderBy: { jaar: "desc" },
        select: { naam: true },
      })
    : null;
  const eerdere =
    bsns.length === 0
      ? []
      : await db.prisma.casus.findMany({
          where: {
            AND: [
              casusScope(user),
              { id: { not: c.id }, begindatum: { lte: c.begindatum }, betrokkenen: { some: { bsn: { in: bsns } } } },
            ],
          },
          orderBy: [{ begindatum: "desc" }, { id: "desc" }],
          take: 20,
          select: { id: true, nummer: true, begindatum: true, einddatum: true },
        });
  const events = await db.prisma.auditEvent.findMany({
    where: { casusId: c.id, action: { in: ["CREATE", "UPDATE"] }, outcome: "SUCCESS" },
    orderBy: { id: "asc" },
    take: 500,
    select: {
      id: true,
      at: true,
      userId: true,
      username: true,
      role: true,
      action: true,
      entityType: true,
      entityId: true,
      detail: true,
    },
  });
  const org = await db.prisma.organisatie.findFirst({ select: { monitoringIntervalDagen: true } });
  const ids = new Set(dienstUsers);
  for (const e of events) if (e.userId != null) ids.add(e.userId);
  const users = await db.prisma.user.findMany({
    where: assign
      ? { OR: [{ id: { in: [...ids] } }, { role: { in: rolesWith("casus:assignee") }, active: true }] }
      : { id: { in: [...ids] } },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    select: { id: true, displayName: true, role: true, active: true },
  });
  return {
    gemeenteNaam: gemeente?.naam ?? null,
    intervalDagen: org?.monitoringIntervalDagen ?? null,
    eerdere,
    events,
    users,
  };
}

describe("what the casus page shows beside the casus, in one statement", () => {
  test("gemeente, interval, earlier casussen, history and users: as the five Prisma queries, for four roles", async () => {
    const alle = (await db.prisma.casus.findMany({ select: { nummer: true }, orderBy: { id: "asc" } })).map(
      (c) => c.nummer,
    );
    const nummers = alle.filter((_, i) => i < 60 || i % 5 === 0);
    // History of the first casus (the seed writes none): two changes by two users and one by no user, and a read
    // and a failed change, which are not history.
    const eerste = await db.prisma.casus.findFirstOrThrow({ where: { nummer: alle[0] } });
    const [cm, tl] = ["casemanager", "teamleider"].map((n) => users.find((u) => u.username === n)!);
    await db.prisma.$transaction((tx) =>
      writeAudits(tx, [
        { actor: cm, action: "CREATE", entityType: "melding", entityId: 1, casusId: eerste.id, detail: "nieuw" },
        { actor: tl, action: "UPDATE", entityType: "casus", entityId: eerste.id, casusId: eerste.id },
        { actor: null, username: "systeem", action: "UPDATE", entityType: "casus", casusId: eerste.id },
        { actor: cm, action: "READ", entityType: "casus", casusId: eerste.id },
        { actor: cm, action: "UPDATE", entityType: "casus", casusId: eerste.id, outcome: "FAILURE" },
      ]),
    );
    const seen = { eerdere: 0, events: 0, assign: 0 };
    for (const username of ["teamleider", "casemanager", "triage", "gedragswetenschapper"]) {
      const user = users.find((u) => u.username === username)!;
      for (const nummer of nummers) {
        const c = await db.prisma.$transaction((tx) => readOverviewRow(tx, user, nummer));
        if (!c) continue;
        const bsns = [...new Set(c.betrokkenen.map((b) => b.bsn).filter((b): b is string => !!b && isRealBsn(b)))];
        const dienstUsers = [
          ...new Set(
            c.diensten.flatMap((d) =>
              [d.uitvoerderId, d.afsluitingVoorgesteldDoorId, d.afsluitingBevestigdDoorId].filter(
                (id): id is number => id != null,
              ),
            ),
          ),
        ];
        const assign = c.einddatum === null && roleHas(user.role, "casus:assign");
        const viaSql = await db.prisma.$transaction((tx) =>
          readExtras(tx, user, c, bsns, dienstUsers, assign ? rolesWith("casus:assignee") : null),
        );
        expect(viaSql, `${username} ${nummer}`).toEqual(await extrasViaPrisma(user, c, bsns, dienstUsers, assign));
        seen.eerdere += viaSql.eerdere.length > 0 ? 1 : 0;
        seen.events += viaSql.events.length > 0 ? 1 : 0;
        seen.assign += assign ? 1 : 0;
      }
    }
    // The data has what the statement must carry.
    expect(seen.eerdere).toBeGreaterThan(0);
    expect(seen.events).toBeGreaterThan(0); // the first casus, for each role that may open it
    const metGeschiedenis = await db.prisma.$transaction(async (tx) => {
      const c = (await readOverviewRow(tx, tl, alle[0]))!;
      return readExtras(tx, tl, c, [], [], null);
    });
    expect(metGeschiedenis.events.map((e) => [e.action, e.username])).toEqual([
      ["CREATE", "casemanager"],
      ["UPDATE", "teamleider"],
      ["UPDATE", "systeem"],
    ]);
    expect(metGeschiedenis.users.map((u) => u.displayName).sort()).toEqual(
      (await db.prisma.user.findMany({ where: { id: { in: [cm.id, tl.id] } } })).map((u) => u.displayName).sort(),
    );
    expect(seen.assign).toBeGreaterThan(0);
  }, 300_000);
});
