import { beforeAll, describe, expect, test } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { setPrisma } from "@/lib/db/client";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { addBeoordeling, addDienst, addMelding, d, makeCasus, makeUser } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { Forbidden } from "@/lib/auth/errors";
import { getCasusOverview } from "./queries";
import { assignCasemanager } from "./assign";

const db = freshTestDb();
let triage: Actor, cm: Actor, cm2: Actor, gw: Actor, lead: Actor, beheerder: Actor;
let nummer: string, foreign: string, casusId: number;
const NOW = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  [triage, cm, cm2, gw, lead, beheerder] = [
    await makeUser(db.prisma, "TRIAGE"),
    await makeUser(db.prisma, "CASEMANAGER"),
    await makeUser(db.prisma, "CASEMANAGER"),
    await makeUser(db.prisma, "GEDRAGSWETENSCHAPPER"),
    await makeUser(db.prisma, "TEAMLEIDER"),
    await makeUser(db.prisma, "BEHEERDER"),
  ];
  await db.prisma.gemeente.create({
    data: { jaar: 2026, code: "0599", naam: "Rotterdam", vtRegioCode: "VT18", vtRegioNaam: "Rotterdam-Rijnmond" },
  });
  // An earlier, closed casus of the same child: this one is a hermelding.
  const eerder = await makeCasus(db.prisma, triage.id, {
    datum: "2025-01-06",
    einddatum: "2025-03-01",
    casemanagerId: cm.id,
    personen: [{ bsn: "390996038", achternaam: "Hendriks", voornamen: "Lieke", rol: "KIND" }],
  });
  const c = await makeCasus(db.prisma, triage.id, {
    datum: "2026-03-10",
    hermelding: true,
    anoniem: true,
    melderNaam: "Geheime Huisarts",
    personen: [
      { bsn: "908301662", achternaam: "Hendriks", voornamen: "Kevin", rol: "PLEGER" },
      { bsn: "390996038", achternaam: "Hendriks", voornamen: "Lieke", rol: "KIND", geboortedatum: "20150900" },
    ],
    beoordeling: { datum: "2026-03-13", inhoud: "01", besluitMetId: gw.id },
  });
  casusId = c.casus.id;
  nummer = c.casus.nummer;
  const o = await addDienst(
    db.prisma,
    { casus: { id: casusId }, beoordeling: { id: c.beoordeling!.id } },
    { startdatum: "2026-03-16", einddatum: "2026-05-20", voorgesteldDoorId: cm.id, bevestigdDoorId: gw.id },
  );
  await db.prisma.overdracht.create({
    data: {
      casusId,
      moment: 3,
      bronDienstId: o.id,
      datum: d("2026-06-01"),
      partij: "08",
      hulp: "2",
      createdById: cm.id,
      betrokkenen: { create: [{ betrokkeneId: c.betrokkenen[1].id }] },
    },
  });
  for (const [datum, score] of [
    ["2026-09-01", 7],
    ["2026-07-14", 5],
  ] as const) {
    await db.prisma.monitoringsmoment.create({
      data: { casusId, datum: d(datum), veiligheidsscore: score, createdById: cm.id },
    });
  }
  // A later vervolgmelding, not yet beoordeeld (its deadline has passed).
  await addMelding(db.prisma, casusId, [c.betrokkenen[0].id], triage.id, "2026-11-02");
  await assignCasemanager({ casusId, version: 1, casemanagerId: cm.id }, lead);
  foreign = (await makeCasus(db.prisma, triage.id, { datum: "2026-10-01", casemanagerId: cm2.id })).casus.nummer;
  expect(eerder.casus.nummer).not.toBe(nummer);
});

describe("casus overview", () => {
  test("tells the whole story in order, with deadlines, hermelding and one audited READ", async () => {
    const before = (await db.prisma.auditEvent.findFirst({ orderBy: { id: "desc" } }))!.id;
    const o = (await getCasusOverview(lead, nummer, NOW))!;
    expect(o.nummer).toBe(nummer);
    expect(o.gemeente).toEqual({ code: "0599", naam: "Rotterdam" });
    expect(o.hermelding).toBe(true);
    expect(o.eerdereCasussen).toHaveLength(1);
    expect(o.casemanager?.id).toBe(cm.id);
    expect(o.betrokkenen.map((b) => b.naam)).toEqual(["Kevin Hendriks", "Lieke Hendriks"]);
    expect(o.meldingen.map((m) => m.datum)).toEqual(["2026-03-10", "2026-11-02"]);
    expect(o.meldingen[0].beoordeling?.vastgesteldDoor).toBe(`Test ${gw.username}`);
    expect(o.meldingen[0].termijn).toBe("op-tijd");
    expect(o.meldingen[1]).toMatchObject({ beoordeling: null, deadline: "2026-11-09", termijn: "verstreken" });
    expect(o.diensten).toHaveLength(1);
    expect(o.diensten[0]).toMatchObject({
      soort: "O",
      status: "AFGESLOTEN",
      deadline: "2026-05-22",
      termijn: "op-tijd",
    });
    expect(o.overdrachten[0]).toMatchObject({
      moment: 3,
      bron: o.diensten[0].nummer,
      betrokkenen: [{ naam: "Lieke Hendriks" }],
    });
    expect(o.monitoring.momenten.map((m) => m.score)).toEqual([5, 7]);
    expect(o.monitoring.volgende).toBe("2026-10-13");
    expect(o.stage).toBe("BEOORDELING");
    expect(o.tijdlijn.map((t) => t.wat)).toEqual([`Casemanager toegewezen: ${nummer}`]);
    // Closing is blocked by the melding without beoordeling; the team lead sees why.
    expect(o.acties.map((a) => a.label)).not.toContain("Casus afsluiten");
    expect(o.afsluitenBlokkades.join(" ")).toMatch(/2 november 2026/);
    const events = await db.prisma.auditEvent.findMany({ where: { id: { gt: before } } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "READ", outcome: "SUCCESS", entityType: "casus", casusId });
    expect([...events[0].betrokkeneIds].sort()).toEqual(o.betrokkenen.map((b) => b.id).sort());
  });

  test("hides the anonymous melder from the case manager, not from the team lead", async () => {
    const voorCm = (await getCasusOverview(cm, nummer, NOW))!;
    expect(voorCm.meldingen[0].melder).toBe("afgeschermd");
    expect(JSON.stringify(voorCm)).not.toContain("Geheime Huisarts");
    const voorLead = (await getCasusOverview(lead, nummer, NOW))!;
    expect(voorLead.meldingen[0].melder).toMatchObject({ naam: "Geheime Huisarts" });
    expect(voorLead.meldingen[1].melder).toMatchObject({ naam: "Dokter Melder" });
  });

  test("offers steps by role and rule: monitoring to the case manager, nothing to the gedragswetenschapper", async () => {
    const voorCm = (await getCasusOverview(cm, nummer, NOW))!;
    // The Onderzoek is closed: a V&V may still follow the same beoordeling, an overdracht after the Onderzoek too.
    expect(voorCm.acties.map((a) => a.label)).toEqual([
      "Dienst starten",
      "Overdracht vastleggen",
      "Monitoringsmoment vastleggen",
    ]);
    const voorTriage = (await getCasusOverview(triage, nummer, NOW))!;
    expect(voorTriage.meldingen[1].links.map((l) => l.label)).toContain("Veiligheidsbeoordeling vastleggen");
    const voorGw = (await getCasusOverview(gw, nummer, NOW))!;
    expect(voorGw.acties).toEqual([]);
  });

  test("a case manager cannot load a foreign casus; the attempt is audited as DENIED", async () => {
    expect(await getCasusOverview(cm, foreign, NOW)).toBeNull();
    const denied = await db.prisma.auditEvent.findFirst({
      where: { userId: cm.id, outcome: "DENIED" },
      orderBy: { id: "desc" },
    });
    expect(denied).toMatchObject({ action: "READ", entityType: "casus", entityId: foreign });
    expect(await getCasusOverview(cm, "C9999-999999", NOW)).toBeNull();
    expect(await getCasusOverview(cm, "'; drop table casus; --", NOW)).toBeNull();
    expect(await getCasusOverview(cm2, foreign, NOW)).not.toBeNull();
  });

  test("the beheerder gets nothing: refused and audited", async () => {
    await expect(getCasusOverview(beheerder, nummer, NOW)).rejects.toBeInstanceOf(Forbidden);
    const denied = await db.prisma.auditEvent.findFirst({ where: { userId: beheerder.id, outcome: "DENIED" } });
    expect(denied?.detail).toContain("casus:read");
  });

  test("a closed casus offers no steps", async () => {
    const closed = await makeCasus(db.prisma, triage.id, {
      datum: "2026-01-05",
      einddatum: "2026-01-20",
      beoordeling: { datum: "2026-01-07", inhoud: "03", besluitMetId: gw.id },
    });
    const o = (await getCasusOverview(lead, closed.casus.nummer, NOW))!;
    expect(o.stage).toBe("GESLOTEN");
    expect(o.acties).toEqual([]);
    expect(o.mayAssign).toBe(false);
    expect(o.meldingen[0].links.map((l) => l.label)).toEqual([`Melding ${closed.melding.nummer} openen`]);
  });

  test("loads in a fixed number of queries, however many meldingen (no N+1)", async () => {
    let ops = 0;
    const counting = db.prisma.$extends({
      query: {
        $allOperations: ({ args, query }) => {
          ops++;
          return query(args);
        },
      },
    });
    const countOps = async (n: string) => {
      setPrisma(counting as unknown as PrismaClient);
      try {
        ops = 0;
        await getCasusOverview(lead, n, NOW);
        return ops;
      } finally {
        setPrisma(db.prisma);
      }
    };
    const c = await makeCasus(db.prisma, triage.id, { datum: "2026-02-02" });
    const een = await countOps(c.casus.nummer);
    for (let i = 0; i < 6; i++) {
      const m = await addMelding(db.prisma, c.casus.id, [c.betrokkenen[0].id], triage.id, `2026-02-1${i}`);
      await addBeoordeling(db.prisma, m.id, c.casus.id, triage.id, {
        datum: `2026-02-1${i}`,
        besluitMetId: gw.id,
        inhoud: "03",
      });
    }
    expect(await countOps(c.casus.nummer)).toBe(een);
    expect(een).toBeLessThanOrEqual(10); // 3 of them append the audit event to its chain
    expect((await getCasusOverview(lead, c.casus.nummer, NOW))!.meldingen).toHaveLength(7);
  });
});
