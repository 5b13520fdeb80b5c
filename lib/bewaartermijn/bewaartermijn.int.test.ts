// Bewaartermijnen with time travel in the data (test clock: 23 November 2026): a dossier closed 20 years and one day
// ago is due, one closed exactly 20 years ago not yet; destruction leaves no personal data in any text column of any
// table; the tombstone and the audit chain remain; extension, an earlier day by a granted request, and the daily job.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { addDienst, d, makeCasus, makeTeam, makeUser, type Team, type TestUser } from "@/lib/testing/factories";
import { Forbidden, NotFound, ValidationFailed } from "@/lib/auth/errors";
import { casusScope } from "@/lib/auth/scope";
import { verifyAuditChain } from "@/lib/auth/audit-verify";
import { besluitVerzoek, registreerVerzoek } from "@/lib/verzoek/commands";
import { draaiBewaartermijn } from "@/lib/jobs/bewaartermijn-job";
import { verlengBewaren, vernietigDossier } from "./commands";
import { getBewaartermijnen } from "./queries";

const db = freshTestDb();
let team: Team;
let privacy: TestUser;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
  privacy = await makeUser(db.prisma, "PRIVACY");
});

const gesloten = (einddatum: string, personen = [{ achternaam: "Jansen", voornamen: "Eva" }]) =>
  makeCasus(db.prisma, team.triage.id, {
    datum: "2005-03-01",
    einddatum,
    personen: personen.map((p) => ({ ...p, bsn: null })),
    beoordeling: { datum: "2005-03-03", besluitMetId: team.gw.id },
  });
const due = async () => (await getBewaartermijnen(privacy)).teVernietigen.map((c) => c.nummer);

test("closed 20 years and one day ago is due; exactly 20 years ago is not; open dossiers never", async () => {
  const oud = await gesloten("2006-11-22");
  const net = await gesloten("2006-11-23");
  const open = await makeCasus(db.prisma, team.triage.id, { datum: "2000-01-01" });
  const lijst = await due();
  expect(lijst).toContain(oud.casus.nummer);
  expect(lijst).not.toContain(net.casus.nummer);
  expect(lijst).not.toContain(open.casus.nummer);
  await expect(vernietigDossier({ casusnummer: net.casus.nummer, reden: "te vroeg" }, privacy)).rejects.toThrow(
    /nog niet bereikt/,
  );
  await expect(vernietigDossier({ casusnummer: oud.casus.nummer, reden: "x" }, team.tl)).rejects.toBeInstanceOf(
    Forbidden,
  );
});

/** Every text, json, array and bytea column of every table, searched for each needle. */
async function vindplaatsen(needles: string[]) {
  const cols = await db.prisma.$queryRaw<{ t: string; c: string; type: string }[]>`
    SELECT table_name AS t, column_name AS c, data_type AS type FROM information_schema.columns
    WHERE table_schema = 'public'
      AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY', 'bytea')`;
  expect(cols.length).toBeGreaterThan(100);
  const found: string[] = [];
  for (const { t, c, type } of cols) {
    const expr = type === "bytea" ? `encode("${c}", 'escape')` : `"${c}"::text`;
    const [{ n }] = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${t}" WHERE ${expr} ILIKE ANY($1::text[])`,
      needles.map((x) => `%${x}%`),
    );
    if (n > 0n) found.push(`${t}.${c}`);
  }
  return found;
}

test("destruction removes everything personal in one go; the tombstone, the log and the chain remain", async () => {
  const x = await makeCasus(db.prisma, team.triage.id, {
    datum: "2005-01-10",
    einddatum: "2006-01-10",
    casemanagerId: team.cm.id,
    personen: [
      { bsn: "131860914", achternaam: "Vernietigbaar", voornamen: "Xanthippe", geboortedatum: "19770412" },
      { bsn: "390996038", achternaam: "Wegwezen", voornamen: "Quirijn", rol: "KIND" },
    ],
    melderNaam: "Melder Zwijgzaam",
    beoordeling: { datum: "2005-01-12", besluitMetId: team.gw.id },
  });
  const [xa] = x.betrokkenen;
  await db.prisma.betrokkene.update({
    where: { id: xa.id },
    data: { straat: "Verdwijnstraat", telefoon: "0612345678" },
  });
  await db.prisma.melding.update({
    where: { id: x.melding.id },
    data: { toelichting: "Toelichting Kwetsbaar", melderContact: "0109876543" },
  });
  const dienst = await addDienst(db.prisma, x, {
    soort: "O",
    startdatum: "2005-01-15",
    einddatum: "2005-06-01",
    voorgesteldDoorId: team.cm.id,
    bevestigdDoorId: team.gw.id,
  });
  await db.prisma.dienst.update({ where: { id: dienst.id }, data: { toelichting: "Onderzoek Geheimzinnig" } });
  await db.prisma.overdracht.create({
    data: {
      casusId: x.casus.id,
      moment: 3,
      bronDienstId: dienst.id,
      datum: d("2005-06-02"),
      partij: "02",
      hulp: "2",
      toelichting: "Overdracht Vertrouwelijk",
      createdById: team.cm.id,
      betrokkenen: { create: [{ betrokkeneId: xa.id }] },
    },
  });
  const regel = await db.prisma.journaalRegel.create({
    data: {
      casusId: x.casus.id,
      datumTijd: new Date("2005-02-01T10:00:00Z"),
      soort: "huisbezoek",
      metWie: "Buurman Oplettend",
      verslag: "Verslag Huisbezoek Xanthippe",
      auteurId: team.cm.id,
      betrokkenen: { create: [{ betrokkeneId: xa.id }] },
    },
  });
  await db.prisma.journaalRegel.update({
    where: { id: regel.id },
    data: { vastgelegdOp: new Date("2005-02-01T12:00Z") },
  });
  await db.prisma.journaalAanvulling.create({
    data: { regelId: regel.id, auteurId: team.cm.id, tekst: "Aanvulling Nagekomen" },
  });
  await db.prisma.document.create({
    data: {
      casusId: x.casus.id,
      betrokkeneId: xa.id,
      titel: "Rapport Vernietigbaar",
      soort: "rapport",
      datum: d("2005-03-01"),
      bestandsnaam: "rapport-vernietigbaar.txt",
      mediaType: "text/plain",
      grootte: 20,
      sha256: "0".repeat(64),
      toegevoegdDoorId: team.cm.id,
      delen: { create: [{ volgnummer: 0, bytes: Buffer.from("Inhoud Vernietigbaar") }] },
    },
  });
  await db.prisma.correctie.create({
    data: {
      casusId: x.casus.id,
      entityType: "betrokkene",
      entityId: xa.id,
      reden: "Naam verkeerd gespeld",
      wijzigingen: [{ veld: "achternaam", label: "Achternaam", oud: "Vernietigbar", nieuw: "Vernietigbaar" }],
      doorId: team.cm.id,
    },
  });
  // The same person in a later dossier, linked by a worker: that dossier keeps its own data.
  const later = await makeCasus(db.prisma, team.triage.id, {
    datum: "2026-09-01",
    personen: [{ bsn: null, achternaam: "Blijft", voornamen: "Bewaard" }],
  });
  await db.prisma.persoonKoppeling.create({
    data: { aId: xa.id, bId: later.betrokkene.id, reden: "Koppeling Vernietigbaar", createdById: team.cm.id },
  });
  await registreerVerzoek(
    {
      casusnummer: x.casus.nummer,
      persoonsvolgnummer: 1,
      soort: "INZAGE",
      ontvangenOp: "2026-11-16",
      vanWie: "Xanthippe Vernietigbaar",
      omschrijving: "Verzoek Vernietigbaar",
    },
    privacy,
  );

  const needles = [
    "Vernietigbaar",
    "Vernietigbar",
    "Xanthippe",
    "Wegwezen",
    "Quirijn",
    "131860914",
    "390996038",
    "19770412",
    "Verdwijnstraat",
    "0612345678",
    "Zwijgzaam",
    "0109876543",
    "Kwetsbaar",
    "Geheimzinnig",
    "Vertrouwelijk",
    "Oplettend",
    "Huisbezoek Xanthippe",
    "Nagekomen",
  ];
  expect((await vindplaatsen(needles)).length).toBeGreaterThan(10);
  expect(await due()).toContain(x.casus.nummer);

  await vernietigDossier({ casusnummer: x.casus.nummer, reden: "Bewaartermijn verstreken." }, privacy);

  expect(await vindplaatsen(needles)).toEqual([]);
  const casus = await db.prisma.casus.findUniqueOrThrow({ where: { id: x.casus.id }, include: { vernietiging: true } });
  expect(casus.vernietigdOp).not.toBeNull();
  expect(casus.vernietiging?.codes).toMatchObject({
    betrokkenen: [
      { volgnummer: 1, rol: "SLACHTOFFER", geslacht: "2" },
      { volgnummer: 2, rol: "KIND", geslacht: "2" },
    ],
    meldingen: [{ datum: "2005-01-10", functieRol: "21", aard: ["01"], beoordeling: { inhoud: "01" } }],
    diensten: [{ soort: "O", uitkomstOnderzoek: "10000" }],
    overdrachten: [{ partij: "02", hulp: "2", personen: 1 }],
  });
  expect(await db.prisma.betrokkene.count({ where: { id: later.betrokkene.id } })).toBe(1);
  // Nobody opens it any more, the teamleider included; it is no longer due; it can not be destroyed twice.
  expect(await db.prisma.casus.count({ where: { AND: [{ id: x.casus.id }, casusScope(team.tl)] } })).toBe(0);
  expect(await due()).not.toContain(x.casus.nummer);
  await expect(vernietigDossier({ casusnummer: x.casus.nummer, reden: "nog eens" }, privacy)).rejects.toBeInstanceOf(
    NotFound,
  );
  expect(
    await db.prisma.auditEvent.count({ where: { action: "DELETE", entityType: "casus", casusId: x.casus.id } }),
  ).toBe(1);
  expect((await getBewaartermijnen(privacy)).vernietigd.map((v) => v.nummer)).toContain(x.casus.nummer);
  expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  // Outside a destruction the append-only rules still hold.
  await db.prisma.correctie.create({
    data: {
      casusId: later.casus.id,
      entityType: "casus",
      entityId: later.casus.id,
      reden: "Gemeente",
      wijzigingen: [],
      doorId: team.tl.id,
    },
  });
  await expect(db.prisma.correctie.deleteMany({})).rejects.toThrow(/alleen aan te vullen/);
});

test("the privacy officer keeps a dossier longer with a motivation; a granted request brings the day forward", async () => {
  const c = await gesloten("2005-06-30");
  await expect(
    verlengBewaren({ casusnummer: c.casus.nummer, vanaf: "2026-11-01", motivering: "Lopende rechtszaak" }, privacy),
  ).rejects.toBeInstanceOf(ValidationFailed);
  await verlengBewaren({ casusnummer: c.casus.nummer, vanaf: "2027-06-01", motivering: "Lopende rechtszaak" }, privacy);
  expect(await due()).not.toContain(c.casus.nummer);

  const recent = await makeCasus(db.prisma, team.triage.id, { datum: "2025-01-10", einddatum: "2025-06-30" });
  expect(await due()).not.toContain(recent.casus.nummer);
  const v = await registreerVerzoek(
    {
      casusnummer: recent.casus.nummer,
      persoonsvolgnummer: 1,
      soort: "VERWIJDERING",
      ontvangenOp: "2026-11-10",
      vanWie: "Eva Jansen",
      omschrijving: "Verwijder mijn gegevens.",
    },
    privacy,
  );
  await besluitVerzoek(
    {
      id: v.id,
      version: 1,
      besluit: "TOEGEWEZEN",
      besluitOp: "2026-11-20",
      motivering: "Geen reden meer om te bewaren.",
    },
    privacy,
  );
  const lijst = (await getBewaartermijnen(privacy)).teVernietigen;
  expect(lijst.find((r) => r.nummer === recent.casus.nummer)).toMatchObject({
    vanaf: "2026-11-20",
    reden: "Verzoek om verwijdering toegewezen op 20 november 2026.",
  });
  await expect(
    vernietigDossier({ casusnummer: recent.casus.nummer, reden: "Verzoek toegewezen" }, privacy),
  ).resolves.toMatchObject({ nummer: recent.casus.nummer });
  await expect(
    verlengBewaren({ casusnummer: "C-BESTAATNIET", vanaf: "2030-01-01", motivering: "x" }, privacy),
  ).rejects.toBeInstanceOf(NotFound);
  await expect(
    verlengBewaren({ casusnummer: c.casus.nummer, vanaf: "2030-01-01", motivering: "x" }, team.tl),
  ).rejects.toBeInstanceOf(Forbidden);
});

test("the daily job tells the privacy officer once a day and removes delivery files past their term", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leveringen-"));
  process.env.LEVERINGEN_DIR = dir;
  try {
    await gesloten("2006-01-01");
    const maak = async (jaar: number, halfjaar: number) => {
      const bestandsnaam = `VT18_${jaar}H${halfjaar}_R01.txt`;
      fs.writeFileSync(path.join(dir, bestandsnaam), "regels");
      fs.writeFileSync(path.join(dir, `${bestandsnaam}.rapport.json`), "{}");
      return db.prisma.levering.create({
        data: { jaar, halfjaar, soort: "R", volgnummer: 1, status: "DEFINITIEF", bestandsnaam, sha256: "0".repeat(64) },
      });
    };
    const oud = await maak(2021, 1); // term of 5 years after 30 June 2021 ended on 1 July 2026
    const nieuw = await maak(2021, 2); // ends on 1 January 2027
    const vandaag = d("2026-11-23");
    const r = await draaiBewaartermijn(db.prisma, vandaag);
    expect(r.lijst.totaal).toBeGreaterThan(0);
    expect(r.signalen).toBe(1);
    expect(r.bestanden).toEqual([oud.bestandsnaam]);
    expect(fs.existsSync(path.join(dir, oud.bestandsnaam))).toBe(false);
    expect(fs.existsSync(path.join(dir, `${oud.bestandsnaam}.rapport.json`))).toBe(false);
    expect(fs.existsSync(path.join(dir, nieuw.bestandsnaam))).toBe(true);
    expect(await db.prisma.levering.count({ where: { id: oud.id } })).toBe(1);
    // A second run the same day: no second signal, nothing more removed.
    const again = await draaiBewaartermijn(db.prisma, vandaag);
    expect(again.signalen).toBe(0);
    expect(again.bestanden).toEqual([]);
    expect(
      await db.prisma.signaal.count({
        where: { userId: privacy.id, soort: "BEWAARTERMIJN", href: "/privacy/bewaartermijnen" },
      }),
    ).toBe(1);
  } finally {
    delete process.env.LEVERINGEN_DIR;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
