import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { addDienst, makeCasus, makeUser } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { assignCasemanager } from "@/lib/casus/assign";
import { getTeamOverzicht } from "./queries";
import { listTeamCasussen, listTeamMeldingen } from "./lijsten";

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

const ids = <T extends { nummer: string }>(xs: T[]) => xs.map((x) => x.nummer);

describe("team overview", () => {
  test("meldingen awaiting a beoordeling: counts per triage worker, each opening a paged list with deadlines", async () => {
    const t = await getTeamOverzicht(lead, NOW);
    const per = Object.fromEntries(t.triage.map((g) => [g.behandelaar?.id ?? "geen", g]));
    expect(per[triage.id]).toMatchObject({ open: 1, verstreken: 0 });
    expect(per[triage2.id]).toMatchObject({ open: 1, verstreken: 0 });
    expect(per.geen).toMatchObject({ open: 1, verstreken: 1 });
    expect(t).toMatchObject({ meldingenOpen: 3, meldingenVerstreken: 1 });

    const mijn = await listTeamMeldingen(lead, { behandelaar: String(triage.id) }, NOW);
    expect(ids(mijn.rijen)).toEqual([n.wachtTriage]);
    const tweede = await listTeamMeldingen(lead, { behandelaar: String(triage2.id) }, NOW);
    expect(tweede.rijen[0].status).toMatch(/wacht op vaststelling/);
    const geen = await listTeamMeldingen(lead, { behandelaar: "geen", termijn: "verstreken" }, NOW);
    expect(geen.rijen).toEqual([
      expect.objectContaining({ nummer: n.overTermijn, deadline: "2026-11-09", verstreken: true }),
    ]);
    expect(geen.pagina.totaal).toBe(1);
  });

  test("casussen: per case manager, per phase, and those waiting for one; closed ones are not counted", async () => {
    const t = await getTeamOverzicht(lead, NOW);
    expect(t).toMatchObject({ teToewijzen: 1, alvastToewijzen: 1, afTeSluiten: 0 });
    expect(t.casemanagers.find((x) => x.casemanager.id === cm.id)).toMatchObject({
      casussen: 1,
      lopendeDiensten: 1,
      onderzoekOverTermijn: 1,
    });
    expect(t.casemanagers.find((x) => x.casemanager.id === cm2.id)).toMatchObject({ casussen: 0 });
    expect(Object.fromEntries(t.fasen.map((f) => [f.fase, f.aantal]))).toEqual({
      BEOORDELING: 3,
      DIENST_STARTEN: 1,
      DIENST: 1,
      OVERDRACHT_MONITORING: 1,
    });
    expect(ids((await listTeamCasussen(lead, { toewijzen: "wacht" })).rijen)).toEqual([n.teToewijzen]);
    expect(ids((await listTeamCasussen(lead, { toewijzen: "alvast" })).rijen)).toEqual([n.alvast]);
    expect(ids((await listTeamCasussen(lead, { casemanager: String(cm.id) })).rijen)).toEqual([n.cm]);
    expect(ids((await listTeamCasussen(lead, { fase: "OVERDRACHT_MONITORING" })).rijen)).toEqual([n.overdracht]);
    const alle = await listTeamCasussen(lead);
    expect(alle.pagina.totaal).toBe(6);
    expect(alle.opties.map((p) => p.id).sort()).toEqual([cm.id, cm2.id].sort());
  });

  test("a wrong address shows the first page with a Dutch note, never an error", async () => {
    const l = await listTeamCasussen(lead, { pagina: "99", sorteer: "wachtwoord", fase: "X", casemanager: "-1" });
    expect(l.pagina).toMatchObject({ pagina: 1, totaal: 6 });
    expect(l.params.meldingen).toEqual([
      'Op "wachtwoord" kan deze lijst niet sorteren; de standaardvolgorde wordt gebruikt.',
      'Casemanager: "-1" is geen keuze van dit filter; het filter staat op "Alle".',
      'Fase: "X" is geen keuze van dit filter; het filter staat op "Alle".',
      "Pagina 99 bestaat niet (de lijst heeft 1 pagina); u ziet de eerste pagina.",
    ]);
    for (const pagina of ["0", "-3", "abc", "1e9", "2.5"]) {
      const m = await listTeamMeldingen(lead, { pagina }, NOW);
      expect(m.pagina.pagina).toBe(1);
      expect(m.params.meldingen[0]).toMatch(/bestaat niet; u ziet de eerste pagina/);
    }
  });

  test("after assignment the casus moves to the case manager's list", async () => {
    const [c] = (await listTeamCasussen(lead, { toewijzen: "wacht" })).rijen;
    await assignCasemanager({ casusId: c.id, version: c.version, casemanagerId: cm2.id }, lead);
    const after = await getTeamOverzicht(lead, NOW);
    expect(after.teToewijzen).toBe(0);
    expect(ids((await listTeamCasussen(lead, { casemanager: String(cm2.id) })).rijen)).toEqual([n.teToewijzen]);
    expect(
      await db.prisma.auditEvent.count({ where: { entityType: "teamoverzicht", userId: lead.id, action: "READ" } }),
    ).toBeGreaterThanOrEqual(3);
  });
});
