import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { addDienst, makeCasus, makeUser } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { assignCasemanager } from "@/lib/casus/assign";
import { getTeamOverzicht } from "./queries";

const db = freshTestDb();
let triage: Actor, triage2: Actor, cm: Actor, cm2: Actor, gw: Actor, lead: Actor;
const NOW = new Date("2026-11-23T10:00:00Z");
const n: Record<string, string> = {};

beforeAll(async () => {
  [triage, triage2, cm, cm2, gw, lead] = [
    await makeUser(db.prisma, "TRIAGE"),
    await makeUser(db.prisma, "TRIAGE"),
    await makeUser(db.prisma, "CASEMANAGER"),
    await makeUser(db.prisma, "CASEMANAGER"),
    await makeUser(db.prisma, "GEDRAGSWETENSCHAPPER"),
    await makeUser(db.prisma, "TEAMLEIDER"),
  ];
  const b = (datum: string, vastgesteld = true, inhoud = "01") => ({
    datum,
    inhoud,
    besluitMetId: gw.id,
    vastgesteldDoorId: vastgesteld ? gw.id : null,
  });
  n.wachtTriage = (
    await makeCasus(db.prisma, triage.id, { datum: "2026-11-19", behandelaarId: triage.id })
  ).melding.nummer;
  n.overTermijn = (await makeCasus(db.prisma, triage.id, { datum: "2026-11-02" })).melding.nummer;
  n.teToewijzen = (
    await makeCasus(db.prisma, triage.id, { datum: "2026-11-02", beoordeling: b("2026-11-04") })
  ).casus.nummer;
  n.alvast = (
    await makeCasus(db.prisma, triage.id, {
      datum: "2026-11-17",
      beoordeling: b("2026-11-20", false),
      behandelaarId: triage2.id,
    })
  ).casus.nummer;
  n.overdracht = (
    await makeCasus(db.prisma, triage.id, { datum: "2026-11-10", beoordeling: b("2026-11-11", true, "02") })
  ).casus.nummer;
  const c = await makeCasus(db.prisma, triage.id, {
    datum: "2026-09-01",
    casemanagerId: cm.id,
    beoordeling: b("2026-09-03"),
  });
  await addDienst(
    db.prisma,
    { casus: { id: c.casus.id }, beoordeling: { id: c.beoordeling!.id } },
    { startdatum: "2026-09-07" },
  );
  n.cm = c.casus.nummer;
  await makeCasus(db.prisma, triage.id, { datum: "2026-01-05", einddatum: "2026-02-01", casemanagerId: cm2.id });
});

describe("team overview", () => {
  test("meldingen awaiting a beoordeling per triage worker, with deadlines", async () => {
    const t = await getTeamOverzicht(lead, NOW);
    const byName = Object.fromEntries(t.triage.map((g) => [g.behandelaar?.id ?? "geen", g]));
    expect(byName[triage.id].meldingen.map((m) => m.nummer)).toEqual([n.wachtTriage]);
    expect(byName[triage2.id].meldingen[0].status).toMatch(/wacht op vaststelling/);
    expect(byName.geen.meldingen[0]).toMatchObject({ nummer: n.overTermijn, deadline: "2026-11-09", verstreken: true });
    expect(byName.geen.verstreken).toBe(1);
  });

  test("casussen per case manager and those waiting for one; closed ones and overdrachten are not listed", async () => {
    const t = await getTeamOverzicht(lead, NOW);
    expect(t.teToewijzen.map((c) => c.nummer)).toEqual([n.teToewijzen]);
    expect(t.alvastToewijzen.map((c) => c.nummer)).toEqual([n.alvast]);
    const g = t.casemanagers.find((x) => x.casemanager.id === cm.id)!;
    expect(g).toMatchObject({ lopendeDiensten: 1, onderzoekOverTermijn: 1 });
    expect(g.casussen.map((c) => c.nummer)).toEqual([n.cm]);
    expect(t.casemanagers.find((x) => x.casemanager.id === cm2.id)!.casussen).toEqual([]);
    expect(t.casemanagerOpties.map((p) => p.id).sort()).toEqual([cm.id, cm2.id].sort());
    const all = JSON.stringify(t);
    expect(all).not.toContain(n.overdracht);
  });

  test("after assignment the casus moves to the case manager's list", async () => {
    const before = await getTeamOverzicht(lead, NOW);
    const c = before.teToewijzen[0];
    await assignCasemanager({ casusId: c.id, version: c.version, casemanagerId: cm2.id }, lead);
    const after = await getTeamOverzicht(lead, NOW);
    expect(after.teToewijzen).toEqual([]);
    expect(after.casemanagers.find((x) => x.casemanager.id === cm2.id)!.casussen.map((x) => x.nummer)).toEqual([
      n.teToewijzen,
    ]);
    expect(
      await db.prisma.auditEvent.count({ where: { entityType: "teamoverzicht", userId: lead.id, action: "READ" } }),
    ).toBeGreaterThanOrEqual(3);
  });
});
