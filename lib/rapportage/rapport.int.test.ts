// A report on a hand-made data set with known answers: every breakdown, the previous period beside it, a gemeente
// filter, totals equal to the kerncijfers of the same period, the sums per gemeente equal to the kerncijfers, a
// withdrawn melding counted nowhere; the read is audited and only the teamleider and the beleidsmedewerker may make it.
import { beforeAll, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { addMelding, d, makeCasus, makeTeam, makeUser, type Team } from "@/lib/testing/factories";
import { Forbidden } from "@/lib/auth/errors";
import { kerncijfersSql, type Kerncijfers } from "@/lib/export/reports/kerncijfers";
import { parseRapportPeriode, type PeriodeKeuze } from "./periode";
import { leesRapport } from "./queries";
import ExcelJS from "exceljs";
import { rapportCsv } from "./bestand";
import { rapportXlsx } from "./xlsx";
import type { Rapport } from "./rapport";

const db = freshTestDb();
let team: Team;
const periode = (code: string) => {
  const r = parseRapportPeriode(code);
  if (!r.ok) throw new Error(r.message);
  return r.periode;
};
const P = () => periode("2025H2");

beforeAll(async () => {
  team = await makeTeam(db.prisma);
  await db.prisma.gemeente.createMany({
    data: [
      { jaar: 2025, code: "0363", naam: "Amsterdam", vtRegioCode: "VT13", vtRegioNaam: "Amsterdam-Amstelland" },
      { jaar: 2025, code: "0599", naam: "Rotterdam", vtRegioCode: "VT18", vtRegioNaam: "Rotterdam Rijnmond" },
    ],
  });
  // A: Amsterdam, started and closed in 2025H2: melding (aard 01 and 03, huisarts), beoordeling after 4 days, an
  // Onderzoek of 61 days (kindermishandeling bevestigd), an overdracht of two persons.
  const a = await makeCasus(db.prisma, team.triage.id, {
    datum: "2025-08-01",
    einddatum: "2025-11-01",
    personen: [
      { bsn: null, voornamen: "Kind", geboortedatum: "20200101", rol: "KIND" },
      { bsn: null, voornamen: "Ouder", geboortedatum: "19850615", rol: "SLACHTOFFER" },
    ],
    beoordeling: { datum: "2025-08-05", inhoud: "01", besluitMetId: team.gw.id },
  });
  await db.prisma.casus.update({ where: { id: a.casus.id }, data: { gemeentecode: "0363" } });
  await db.prisma.melding.update({ where: { id: a.melding.id }, data: { aard: ["01", "03"] } });
  const o = await db.prisma.dienst.create({
    data: {
      casusId: a.casus.id,
      beoordelingId: a.beoordeling!.id,
      soort: "O",
      status: "AFGESLOTEN",
      startdatum: d("2025-08-10"),
      einddatum: d("2025-10-10"),
      aardConclusie: ["01"],
      duur: "03",
      uitkomstOnderzoek: "10000",
      afsluitingVoorgesteldDoorId: team.cm.id,
      afsluitingBevestigdDoorId: team.gw.id,
      afsluitingBevestigdOp: new Date("2025-10-10T12:00:00Z"),
    },
  });
  await db.prisma.overdracht.create({
    data: {
      casusId: a.casus.id,
      moment: 3,
      bronDienstId: o.id,
      datum: d("2025-10-15"),
      partij: "02",
      hulp: "2",
      createdById: team.cm.id,
      betrokkenen: { create: a.betrokkenen.map((b) => ({ betrokkeneId: b.id })) },
    },
  });
  // B: Rotterdam, started in 2025H1 by a burger (aard 02, taxatie 05); a second melding in 2025H2 from the police,
  // acute, lichamelijk geweld.
  const b = await makeCasus(db.prisma, team.triage.id, {
    datum: "2025-03-01",
    personen: [{ bsn: null, voornamen: "Volwassene", geboortedatum: "19900101" }],
    beoordeling: { datum: "2025-03-03", inhoud: "02", besluitMetId: team.gw.id },
  });
  await db.prisma.melding.update({
    where: { id: b.melding.id },
    data: { aard: ["02"], functieRol: "01", organisatie: "98" },
  });
  await db.prisma.veiligheidsbeoordeling.update({ where: { id: b.beoordeling!.id }, data: { taxatie: "05" } });
  const m2 = await addMelding(db.prisma, b.casus.id, [b.betrokkene.id], team.triage.id, "2025-09-01", { acuut: true });
  await db.prisma.melding.update({
    where: { id: m2.id },
    data: { aard: ["03"], functieRol: "33", organisatie: "15", vormenGeweld: ["lichamelijk"] },
  });
  // C: its only melding was withdrawn: counted nowhere.
  const c = await makeCasus(db.prisma, team.triage.id, { datum: "2025-12-01" });
  await db.prisma.casus.update({ where: { id: c.casus.id }, data: { gemeentecode: null } });
  await db.prisma.melding.update({
    where: { id: c.melding.id },
    data: { ingetrokkenOp: new Date("2025-12-02T10:00:00Z"), intrekReden: "Dubbel geregistreerd" },
  });
  // Adviezen: Amsterdam and without gemeente in 2025H2, one in 2025H1.
  const advies = (startdatum: string, gemeentecode: string | null) =>
    db.prisma.advies.create({
      data: {
        startdatum: d(startdatum),
        gemeentecode,
        aard: ["01"],
        aanvullendeInformatie: [],
        functieRol: "21",
        organisatie: "04",
        behandelaarId: team.triage.id,
      },
    });
  await advies("2025-07-15", "0363");
  await advies("2025-10-01", null);
  await advies("2025-02-01", "0599");
});

const tabel = (r: Rapport, id: string) =>
  Object.fromEntries(r.tabellen.find((t) => t.id === id)!.rijen.map((x) => [x.sleutel, [x.huidig, x.vorige]]));
const kerncijfers = async (p: PeriodeKeuze) =>
  (await db.prisma.$queryRawUnsafe<Kerncijfers[]>(kerncijfersSql(p.start, p.end)))[0];

test("every breakdown on known data, with the previous period beside it", async () => {
  const r = await leesRapport(team.tl, P(), null);
  expect(r.periode).toMatchObject({ code: "2025H2", van: "2025-07-01", tot: "2025-12-31" });
  expect(r.vorige.code).toBe("2025H1");
  expect(tabel(r, "aard")).toEqual({ "01": [1, 0], "03": [2, 0], "02": [0, 1] });
  expect(tabel(r, "melder")).toEqual({ "04": [1, 0], "15": [1, 0], burger: [0, 1] });
  expect(tabel(r, "adviesvrager")).toEqual({ "04": [2, 1] });
  expect(tabel(r, "acuut")).toEqual({ acuut: [1, 0], "niet-acuut": [1, 1] });
  expect(tabel(r, "vormGeweld")).toEqual({ lichamelijk: [1, 0] });
  expect(tabel(r, "taxatie")).toEqual({ "02": [1, 0], "05": [0, 1] });
  expect(tabel(r, "inhoud")).toEqual({ "01": [1, 0], "02": [0, 1] });
  expect(tabel(r, "uitkomst")).toEqual({ "1:1": [1, 0] });
  expect(r.tabellen.find((t) => t.id === "uitkomst")!.rijen[0].label).toMatch(/^Kindermishandeling/);
  expect(tabel(r, "partij")).toEqual({ "02": [2, 0] });
  expect(tabel(r, "hulp")).toEqual({ "2": [2, 0] });
  expect(tabel(r, "leeftijd")).toEqual({ "4-11": [1, 0], "18-64": [2, 1] });
  expect(tabel(r, "hermelding")).toEqual({ nee: [1, 1] });
  expect(tabel(r, "caseload")).toEqual({ "Nog geen casemanager": [1, 1] });
  expect(r.doorlooptijden.huidig).toMatchObject({
    beoordeling: { mediaan: 4, aantal: 1 },
    onderzoek: { mediaan: 61, p90: 61, aantal: 1 },
    vv: { mediaan: null, aantal: 0 },
  });
  expect(r.doorlooptijden.vorige.beoordeling).toMatchObject({ mediaan: 2, aantal: 1 });
});

test("totals are the kerncijfers; per gemeente adds up to them; unknown gemeente is 0000", async () => {
  const p = P();
  const r = await leesRapport(team.tl, p, null);
  expect(r.totalen).toEqual(await kerncijfers(p));
  expect(r.totalenVorige).toEqual(await kerncijfers({ ...p.vorige, vorige: p.vorige }));
  expect(r.totalen).toMatchObject({
    gestarte_adviezen: 2,
    ontvangen_meldingen: 2,
    casussen_gestart: 1,
    onderzoek_gestart: 1,
    overdrachten: 2,
  });
  const som = (k: "adviezen" | "meldingen") => r.per_gemeente.reduce((s, g) => s + g[k], 0);
  expect(som("adviezen")).toBe(r.totalen.gestarte_adviezen);
  expect(som("meldingen")).toBe(r.totalen.ontvangen_meldingen);
  expect(r.per_gemeente).toEqual([
    expect.objectContaining({ gemeentecode: "0000", gemeentenaam: "Gemeente onbekend", adviezen: 1, meldingen: 0 }),
    expect.objectContaining({
      gemeentecode: "0363",
      gemeentenaam: "Amsterdam",
      adviezen: 1,
      meldingen: 1,
      casussen_gestart: 1,
      onderzoeken_gestart: 1,
      vv_gestart: 0,
      overdrachten: 2,
    }),
    expect.objectContaining({ gemeentecode: "0599", gemeentenaam: "Rotterdam", meldingen: 1, adviezen: 0 }),
  ]);
});

test("one gemeente; small numbers as <5 for outside; formula cells neutralised; audited; teamleider and beleidsmedewerker only", async () => {
  const r = await leesRapport(team.tl, P(), "0363");
  expect(r.gemeente).toEqual({ code: "0363", naam: "Amsterdam" });
  expect(r.per_gemeente.map((g) => g.gemeentecode)).toEqual(["0363"]);
  expect(tabel(r, "aard")).toEqual({ "01": [1, 0], "03": [1, 0] });
  const intern = rapportCsv(r, false);
  const extern = rapportCsv(r, true);
  expect(intern).toContain("0363;Amsterdam;1;1;1;1;0;2;0");
  expect(extern).toContain("0363;Amsterdam;<5;<5;<5;<5;0;<5;0");
  // A casemanager's name that looks like a formula stays text.
  await db.prisma.user.update({ where: { id: team.cm.id }, data: { displayName: "=HYPERLINK(evil)" } });
  await db.prisma.casus.updateMany({
    where: { gemeentecode: "0363" },
    data: { casemanagerId: team.cm.id, einddatum: null },
  });
  const metFormule = await leesRapport(team.tl, P(), "0363");
  expect(rapportCsv(metFormule, false)).toContain("'=HYPERLINK(evil)");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await rapportXlsx(metFormule, true)) as unknown as ExcelJS.Buffer);
  const cel = wb
    .getWorksheet("Caseload per casemanager")!
    .getSheetValues()
    .flat()
    .find((v) => typeof v === "string" && v.includes("HYPERLINK"));
  expect(cel).toBe("'=HYPERLINK(evil)");
  const perGemeente = wb.getWorksheet("Per gemeente")!.getRow(2).values as unknown[];
  // (the casus is open again now: no overdracht in a closed casus any more)
  expect(perGemeente.slice(1)).toEqual(["0363", "Amsterdam", "<5", "<5", "<5", "<5", 0, 0, 0]);
  expect(
    await db.prisma.auditEvent.count({ where: { userId: team.tl.id, entityType: "rapportage", entityId: "2025H2" } }),
  ).toBeGreaterThanOrEqual(3);
  await expect(leesRapport(team.cm, P(), null)).rejects.toBeInstanceOf(Forbidden);
  // The beleidsmedewerker (role RAPPORTAGE) reads the same report.
  const beleid = await makeUser(db.prisma, "RAPPORTAGE");
  expect((await leesRapport(beleid, P(), "0363")).per_gemeente).toEqual(metFormule.per_gemeente);
});
