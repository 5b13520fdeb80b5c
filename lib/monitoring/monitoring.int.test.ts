import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { Forbidden, NotFound } from "@/lib/auth/errors";
import { addDays, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { onderzoekDeadline } from "@/lib/domain/werkdagen";
import { addMonitoringsmoment } from "./commands";
import { listMijnCasussen } from "./mijn-casussen";
import { getMonitoringView } from "./queries";
import { type Team, addTeamDienst, countRows, d, makeTeam, makeTeamCasus } from "@/lib/testing/factories";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

const moment = (casusnummer: string, extra: Record<string, unknown> = {}) => ({
  casusnummer,
  datum: "2026-11-10",
  veiligheidsscore: "6",
  notitie: "",
  ...extra,
});

async function metOverdracht(datum = "2026-11-02") {
  const c = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "02" } });
  await db.prisma.overdracht.create({
    data: {
      casusId: c.casus.id,
      moment: 1,
      bronMeldingId: c.melding.id,
      datum: d(datum),
      partij: "02",
      hulp: "2",
      createdById: team.cm.id,
      betrokkenen: { create: [{ betrokkeneId: c.betrokkene.id }] },
    },
  });
  return c;
}

describe("monitoring", () => {
  test("only after an overdracht", async () => {
    const c = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "02" } });
    await expect(addMonitoringsmoment(moment(c.casus.nummer), team.cm)).rejects.toThrow(
      "Monitoring kan pas na een overdracht",
    );
  });

  test("veiligheidsscore 0..10 as a whole number, with Dutch messages; nothing stored on failure", async () => {
    const c = await metOverdracht();
    const before = await countRows(db.prisma);
    for (const score of ["11", "-1", "5.5", "zes", 11]) {
      await expect(
        addMonitoringsmoment(moment(c.casus.nummer, { veiligheidsscore: score }), team.cm),
      ).rejects.toMatchObject({
        fieldErrors: { veiligheidsscore: "De veiligheidsscore moet een geheel getal van 0 tot en met 10 zijn." },
      });
    }
    await expect(addMonitoringsmoment(moment(c.casus.nummer, { veiligheidsscore: "" }), team.cm)).rejects.toMatchObject(
      { fieldErrors: { veiligheidsscore: "Vul de veiligheidsscore in." } },
    );
    await expect(
      addMonitoringsmoment(moment(c.casus.nummer, { notitie: "x".repeat(501) }), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { notitie: "Notitie mag hoogstens 500 tekens lang zijn." } });
    await expect(addMonitoringsmoment(moment(c.casus.nummer, { datum: "2026-11-01" }), team.cm)).rejects.toMatchObject({
      fieldErrors: { datum: "De datum monitoring ligt vóór de eerste overdracht (2 november 2026)." },
    });
    await expect(
      addMonitoringsmoment(moment(c.casus.nummer, { datum: toIsoDate(addDays(todayInAmsterdam(), 1)) }), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { datum: "Datum monitoring mag niet in de toekomst liggen." } });
    expect(await countRows(db.prisma)).toEqual(before);
  });

  test("records the moment with its audit event; the page shows the scores and the next date (last + organisation interval)", async () => {
    const c = await metOverdracht();
    let v = await getMonitoringView(team.cm, c.casus.nummer);
    expect(v?.intervalDagen).toBe(42); // no organisatie row: the default
    expect(v?.volgende?.deadline).toBe("2026-12-14");
    await db.prisma.organisatie.create({
      data: { id: 1, naam: "Test", vtRegioCode: "VT18", kvkNummer: "12345678", monitoringIntervalDagen: 28 },
    });
    const r = await addMonitoringsmoment(
      moment(c.casus.nummer, { veiligheidsscore: 0, notitie: "Afspraken niet nagekomen." }),
      team.cm,
    );
    await addMonitoringsmoment(moment(c.casus.nummer, { datum: "2026-11-20", veiligheidsscore: "10" }), team.cm);
    const m = await db.prisma.monitoringsmoment.findUniqueOrThrow({ where: { nummer: r.monitoringnummer } });
    expect(m).toMatchObject({
      veiligheidsscore: 0,
      notitie: "Afspraken niet nagekomen.",
      createdById: team.cm.id,
      casusId: c.casus.id,
    });
    const ev = await db.prisma.auditEvent.findFirst({
      where: { entityType: "monitoringsmoment", entityId: String(m.id), action: "CREATE" },
    });
    expect(ev).toMatchObject({ userId: team.cm.id, casusId: c.casus.id });
    v = await getMonitoringView(team.cm, c.casus.nummer);
    expect(v?.momenten.map((x) => [x.datum, x.score])).toEqual([
      ["2026-11-10", 0],
      ["2026-11-20", 10],
    ]);
    expect(v?.volgende?.deadline).toBe("2026-12-18");
    expect(v?.overdrachten[0].betrokkenen).toEqual([expect.stringMatching(/Betrokkene 1|\w/)]);
    const read = await db.prisma.auditEvent.findFirst({
      where: { userId: team.cm.id, action: "READ", casusId: c.casus.id },
      orderBy: { id: "desc" },
    });
    expect(read?.betrokkeneIds).toEqual([c.betrokkene.id]);
    await db.prisma.organisatie.delete({ where: { id: 1 } });
  });

  test("scope and permission: not assigned → not found; gedragswetenschapper and triage have no monitoring:write", async () => {
    const c = await metOverdracht();
    await expect(addMonitoringsmoment(moment(c.casus.nummer), team.cm2)).rejects.toBeInstanceOf(NotFound);
    await expect(addMonitoringsmoment(moment(c.casus.nummer), team.gw)).rejects.toBeInstanceOf(Forbidden);
    await expect(addMonitoringsmoment(moment(c.casus.nummer), team.triage)).rejects.toBeInstanceOf(Forbidden);
    expect(await getMonitoringView(team.cm2, c.casus.nummer)).toBeNull();
  });
});

describe("mijn casussen", () => {
  test("the open casussen assigned to me, with stage, next deadline and last score; audited per casus", async () => {
    const mine = await makeTeamCasus(db.prisma, team, { casemanager: team.cm2 });
    await addTeamDienst(db.prisma, team, mine, { soort: "O" });
    const monitored = await makeTeamCasus(db.prisma, team, { casemanager: team.cm2, beoordeling: { inhoud: "02" } });
    await db.prisma.overdracht.create({
      data: {
        casusId: monitored.casus.id,
        moment: 1,
        bronMeldingId: monitored.melding.id,
        datum: d("2026-11-02"),
        partij: "02",
        createdById: team.cm.id,
      },
    });
    await db.prisma.monitoringsmoment.create({
      data: { casusId: monitored.casus.id, datum: d("2026-11-16"), veiligheidsscore: 7, createdById: team.cm2.id },
    });
    const nieuw = await makeTeamCasus(db.prisma, team, { casemanager: team.cm2 });
    const closed = await makeTeamCasus(db.prisma, team, { casemanager: team.cm2, beoordeling: { inhoud: "03" } });
    await db.prisma.casus.update({ where: { id: closed.casus.id }, data: { einddatum: d("2026-09-10") } });
    await makeTeamCasus(db.prisma, team, { casemanager: team.cm }); // someone else's
    // The betrokkenen of two casussen were informed; in `nieuw` nobody was yet (due 4 weeks after the melding).
    await db.prisma.meldingBetrokkene.updateMany({
      where: { meldingId: { in: [mine.melding.id, monitored.melding.id] } },
      data: { geinformeerdOp: d("2026-09-10"), informeerWijze: "gesprek" },
    });

    const list = (await listMijnCasussen(team.cm2)).rijen;
    expect(list.map((c) => c.casusnummer).sort()).toEqual(
      [mine.casus.nummer, monitored.casus.nummer, nieuw.casus.nummer].sort(),
    );
    expect(list.find((c) => c.casusnummer === nieuw.casus.nummer)).toMatchObject({
      termijn: {
        soort: "informeren",
        deadline: "2026-09-29",
        label: `Informeren betrokkenen ${nieuw.melding.nummer}`,
        href: `/meldingen/${nieuw.melding.nummer}`,
      },
      aandacht: "Nog geen dienst gestart na de veiligheidsbeoordeling",
    });
    expect(list[0].casusnummer).toBe(nieuw.casus.nummer); // informing overdue since 29 September: first
    const o = list.find((c) => c.casusnummer === mine.casus.nummer)!;
    expect(o).toMatchObject({
      stage: "DIENST",
      fase: "Dienst loopt",
      gemeente: "Gemeente 0599",
      laatsteScore: null,
      aandacht: null,
    });
    expect(o.termijn).toMatchObject({
      soort: "onderzoek",
      deadline: toIsoDate(onderzoekDeadline(d("2026-09-03"))),
      href: expect.stringContaining("/diensten/D"),
    });
    expect(o.termijn!.verstreken).toBe(o.termijn!.dagen < 0);
    const m = list.find((c) => c.casusnummer === monitored.casus.nummer)!;
    expect(m).toMatchObject({ stage: "OVERDRACHT_MONITORING", laatsteScore: { score: 7, datum: "16 november 2026" } });
    expect(m.termijn).toMatchObject({
      soort: "monitoring",
      deadline: "2026-12-28",
      href: `/casussen/${monitored.casus.nummer}/monitoring`,
    });
    expect(list[0].termijn!.dagen).toBeLessThanOrEqual(list[1].termijn!.dagen); // most urgent first
    const reads = await db.prisma.auditEvent.findMany({
      where: { userId: team.cm2.id, action: "READ", entityType: "casus", outcome: "SUCCESS" },
    });
    expect(reads.map((r) => r.casusId).sort()).toEqual([mine.casus.id, monitored.casus.id, nieuw.casus.id].sort());
    await expect(listMijnCasussen(team.gw)).rejects.toBeInstanceOf(Forbidden);
  });
});
