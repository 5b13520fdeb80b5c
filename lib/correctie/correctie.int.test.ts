import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { type Team, addBetrokkene, addMelding, makeTeam, makeTeamCasus, seedGemeenten } from "@/lib/testing/factories";
import { correctCasusGemeente, correctMonitoring, correctOverdracht } from "./stappen";
import { correctBeoordeling, correctDienst } from "./vier-ogen";
import { confirmBeoordeling } from "@/lib/beoordeling/commands";
import { Forbidden, NotFound } from "@/lib/auth/errors";
import { selectionSql } from "@/lib/levering/select-sql";
import { kerncijfersSql } from "@/lib/export/reports/kerncijfers";
import { parseIsoDate } from "@/lib/domain/dates";
import { addBetrokkeneLater, correctBetrokkene } from "./betrokkene";
import { reopenCasus, withdrawMelding } from "./intrekken";
import { correctMelding } from "./melding";
import { getAdviesHistorie, getWijzigingshistorie } from "./queries";
import { correctAdvies } from "./advies";
import { NIETS_GEWIJZIGD } from "./record";
import { listLeveringen } from "@/lib/levering/queries";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

type Casus = Awaited<ReturnType<typeof makeTeamCasus>>;
const kaart = (b: Casus["betrokkene"], extra: Record<string, unknown> = {}) => ({
  modus: "nieuw",
  bekendId: "",
  rol: b.rol,
  ongeboren: false,
  bsn: b.bsn ?? "",
  geboortedatum: "2015-03",
  geslacht: b.geslacht,
  achternaam: b.achternaam ?? "",
  tussenvoegsel: "",
  voornamen: b.voornamen ?? "",
  straat: "",
  huisnummer: b.huisnummer ?? "",
  postcode: b.postcode ?? "",
  woonplaats: "",
  telefoon: "",
  ...extra,
});
const correctie = (
  c: Casus,
  extra: Record<string, unknown>,
  reden = "BSN verkeerd overgenomen van de zorgmelding",
) => ({
  casusnummer: c.casus.nummer,
  id: c.betrokkene.id,
  version: 1,
  reden,
  betrokkenen: [kaart(c.betrokkene, extra)],
});

describe("correcting a betrokkene", () => {
  test("keeps who, when, why and the old and new value per field", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    await correctBetrokkene(correctie(c, { bsn: "123456782", achternaam: "Jansen-de Vries" }), team.cm);
    const b = await db.prisma.betrokkene.findUniqueOrThrow({ where: { id: c.betrokkene.id } });
    expect(b).toMatchObject({ bsn: "123456782", achternaam: "Jansen-de Vries", version: 2 });
    const [h] = (await getWijzigingshistorie(team.tl, c.casus.nummer))!;
    expect(h).toMatchObject({
      record: "Betrokkene 1",
      reden: "BSN verkeerd overgenomen van de zorgmelding",
      door: team.cm.displayName,
      wijzigingen: [
        { veld: "achternaam", oud: "Jansen", nieuw: "Jansen-de Vries" },
        { veld: "bsn", oud: c.betrokkene.bsn, nieuw: "123456782" },
      ],
    });
    const ev = await db.prisma.auditEvent.findFirst({
      where: { entityType: "betrokkene", entityId: String(c.betrokkene.id), action: "UPDATE", outcome: "SUCCESS" },
    });
    expect(ev?.detail).toMatch(/^correctie \d+: achternaam,bsn$/);
  });

  test("the same rules as at registration; a reason is required; nothing half-stored", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    await expect(correctBetrokkene(correctie(c, { bsn: "123456789" }), team.cm)).rejects.toMatchObject({
      fieldErrors: { "betrokkenen.0.bsn": expect.stringMatching(/elfproef/) },
    });
    await expect(correctBetrokkene(correctie(c, { bsn: "123456782" }, ""), team.cm)).rejects.toMatchObject({
      fieldErrors: { reden: "Vul reden van de correctie in." },
    });
    await expect(correctBetrokkene(correctie(c, { bsn: "", postcode: "" }), team.cm)).rejects.toMatchObject({
      fieldErrors: { "betrokkenen.0.postcode": "Zonder BSN is de postcode verplicht." },
    });
    await expect(correctBetrokkene(correctie(c, {}), team.cm)).rejects.toThrow(NIETS_GEWIJZIGD);
    expect(await db.prisma.correctie.count({ where: { casusId: c.casus.id } })).toBe(0);
    expect((await db.prisma.betrokkene.findUniqueOrThrow({ where: { id: c.betrokkene.id } })).version).toBe(1);
  });

  test("stale version, a casus outside the scope, a role without the right: refused and audited", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    await correctBetrokkene(correctie(c, { voornamen: "Eva Maria" }), team.cm);
    await expect(correctBetrokkene(correctie(c, { voornamen: "Evi" }), team.tl)).rejects.toThrow(/intussen gewijzigd/);
    await expect(correctBetrokkene(correctie(c, { voornamen: "Evi" }), team.cm2)).rejects.toBeInstanceOf(NotFound);
    await expect(correctBetrokkene(correctie(c, { voornamen: "Evi" }), team.gw)).rejects.toBeInstanceOf(Forbidden);
    expect(await db.prisma.correctie.count({ where: { casusId: c.casus.id } })).toBe(1);
    await expect(db.exec(`UPDATE correctie SET reden = 'x'`)).rejects.toThrow(/alleen aan te vullen/);
    await expect(db.exec(`DELETE FROM correctie`)).rejects.toThrow(/alleen aan te vullen/);
  });

  test("a betrokkene added later continues the persoonsvolgnummer and is in the history", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const r = await addBetrokkeneLater(
      {
        casusnummer: c.casus.nummer,
        reden: "Broertje bleek ook in het gezin te wonen",
        betrokkenen: [kaart(c.betrokkene, { bsn: "", voornamen: "Tim", geboortedatum: "2018-05-02", rol: "KIND" })],
      },
      team.cm,
    );
    expect(r.persoonsvolgnummer).toBe(2);
    const [h] = (await getWijzigingshistorie(team.cm, c.casus.nummer))!;
    expect(h).toMatchObject({ record: "Betrokkene 2", reden: "Broertje bleek ook in het gezin te wonen" });
  });
});

describe("melding intrekken and casus heropenen (teamleider)", () => {
  const H1 = { start: parseIsoDate("2026-01-01")!, end: parseIsoDate("2026-06-30")! };
  const rows = async (type: string) => db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(selectionSql(H1)[type]);

  test("a withdrawn melding is no longer delivered, nor its casus when it was the only melding", async () => {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-03-02", beoordeling: null, casemanager: null });
    const dubbel = await addMelding(db.prisma, c.casus.id, [c.betrokkene.id], team.triage.id, "2026-03-03");
    expect((await rows("30")).map((r) => r.meldingnummer)).toEqual(
      expect.arrayContaining([c.melding.nummer, dubbel.nummer]),
    );
    const k0 = (await db.prisma.$queryRawUnsafe<Record<string, number>[]>(kerncijfersSql(H1.start, H1.end)))[0];

    await expect(
      withdrawMelding({ casusnummer: c.casus.nummer, meldingId: dubbel.id, version: 1, reden: "dubbel" }, team.cm),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      withdrawMelding({ casusnummer: c.casus.nummer, meldingId: dubbel.id, version: 1, reden: "" }, team.tl),
    ).rejects.toMatchObject({ fieldErrors: { reden: "Vul reden van intrekken in." } });
    await withdrawMelding(
      { casusnummer: c.casus.nummer, meldingId: dubbel.id, version: 1, reden: "Twee keer geregistreerd" },
      team.tl,
    );
    const nummers = (await rows("30")).map((r) => r.meldingnummer);
    expect(nummers).toContain(c.melding.nummer);
    expect(nummers).not.toContain(dubbel.nummer);
    const k1 = (await db.prisma.$queryRawUnsafe<Record<string, number>[]>(kerncijfersSql(H1.start, H1.end)))[0];
    expect(k1.ontvangen_meldingen).toBe(k0.ontvangen_meldingen - 1);
    await expect(
      withdrawMelding({ casusnummer: c.casus.nummer, meldingId: dubbel.id, version: 2, reden: "nog eens" }, team.tl),
    ).rejects.toThrow(/al ingetrokken/);

    const r = await withdrawMelding(
      { casusnummer: c.casus.nummer, meldingId: c.melding.id, version: 1, reden: "Melding hoorde bij een ander gezin" },
      team.tl,
    );
    expect(r.casusNietGeleverd).toBe(true);
    expect((await rows("20")).map((x) => x.casusnummer)).not.toContain(c.casus.nummer);
    expect((await rows("21")).map((x) => x.casusnummer)).not.toContain(c.casus.nummer);
  });

  test("a melding with a dienst after it can not be withdrawn", async () => {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-03-02" });
    await db.prisma.dienst.create({
      data: { casusId: c.casus.id, beoordelingId: c.beoordeling!.id, soort: "V", startdatum: new Date("2026-03-10") },
    });
    await expect(
      withdrawMelding(
        { casusnummer: c.casus.nummer, meldingId: c.melding.id, version: 1, reden: "vergissing" },
        team.tl,
      ),
    ).rejects.toThrow(/dienst of overdracht/);
  });

  test("heropenen: only while no final delivery reports the casus closed", async () => {
    const open = await makeTeamCasus(db.prisma, team, { datum: "2026-03-02" });
    await db.prisma.casus.update({ where: { id: open.casus.id }, data: { einddatum: new Date("2026-05-01") } });
    await reopenCasus({ casusnummer: open.casus.nummer, version: 1, reden: "Per vergissing gesloten" }, team.tl);
    expect((await db.prisma.casus.findUniqueOrThrow({ where: { id: open.casus.id } })).einddatum).toBeNull();
    await expect(
      reopenCasus({ casusnummer: open.casus.nummer, version: 2, reden: "nog eens" }, team.tl),
    ).rejects.toThrow("De casus is niet gesloten.");

    const geleverd = await makeTeamCasus(db.prisma, team, { datum: "2025-03-02" });
    await db.prisma.casus.update({ where: { id: geleverd.casus.id }, data: { einddatum: new Date("2025-05-01") } });
    await db.prisma.levering.create({
      data: {
        jaar: 2025,
        halfjaar: 1,
        soort: "R",
        volgnummer: 1,
        status: "DEFINITIEF",
        bestandsnaam: "VT2025H1_01.txt",
      },
    });
    await expect(
      reopenCasus({ casusnummer: geleverd.casus.nummer, version: 1, reden: "Per vergissing gesloten" }, team.tl),
    ).rejects.toThrow(/correctielevering/);
    await expect(
      reopenCasus({ casusnummer: geleverd.casus.nummer, version: 1, reden: "x" }, team.cm),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});

test("the Leveringen page counts the records corrected after the final delivery of their period", async () => {
  const c = await makeTeamCasus(db.prisma, team, { datum: "2024-03-02" });
  await db.prisma.levering.create({
    data: {
      jaar: 2024,
      halfjaar: 1,
      soort: "R",
      volgnummer: 1,
      status: "DEFINITIEF",
      bestandsnaam: "VT18_2024H1_R01.txt",
      definitiefOp: new Date("2024-07-10T10:00:00Z"),
    },
  });
  expect((await listLeveringen(team.tl)).gewijzigd.find((g) => g.jaar === 2024)).toBeUndefined();
  await correctBetrokkene(correctie(c, { bsn: "123456782" }), team.tl);
  expect((await listLeveringen(team.tl)).gewijzigd.find((g) => g.jaar === 2024)).toMatchObject({
    halfjaar: 1,
    aantal: 1,
    bestandsnaam: "VT18_2024H1_R01.txt",
  });
});

describe("correcting a melding", () => {
  const invoer = (nummer: string, extra: Record<string, unknown> = {}) => ({
    meldingnummer: nummer,
    version: 1,
    reden: "Verkeerde melder overgenomen",
    datumMelding: "2026-09-01",
    functieRol: "33",
    organisatie: "15",
    melderOrganisatieNaam: "",
    melderNaam: "Agent P. de Wit",
    melderContact: "",
    anoniem: "N",
    aard: ["01"],
    aanvullendeInformatie: [],
    duur: "03",
    toelichting: "",
    ...extra,
  });

  test("same rules as at registration, dates in order, the begindatum follows the first melding", async () => {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-09-01", casemanager: null, beoordeling: null });
    const nummer = c.melding.nummer;
    await expect(
      correctMelding(invoer(nummer, { functieRol: "03", organisatie: "15" }), team.triage),
    ).resolves.toBeTruthy();
    const m = await db.prisma.melding.findUniqueOrThrow({ where: { id: c.melding.id } });
    expect(m.organisatie).toBe("98"); // a niet-beroepsmatige rol: "niet van toepassing", as at registration
    await expect(
      correctMelding(invoer(nummer, { version: 2, functieRol: "33", organisatie: "" }), team.triage),
    ).rejects.toMatchObject({ fieldErrors: { organisatie: "Kies de organisatie van de beroepsmatige functie." } });
    await correctMelding(
      invoer(nummer, {
        version: 2,
        functieRol: "03",
        organisatie: "",
        datumMelding: "2026-08-28",
        reden: "Datum stond verkeerd",
      }),
      team.triage,
    );
    const casus = await db.prisma.casus.findUniqueOrThrow({ where: { id: c.casus.id } });
    expect(casus.begindatum.toISOString().slice(0, 10)).toBe("2026-08-28");
    const [h] = (await getWijzigingshistorie(team.tl, c.casus.nummer))!;
    expect(h.wijzigingen.map((w) => w.label)).toEqual(["Datum melding", "Begindatum casus"]);
  });

  test("not after its beoordeling; an anonymous melder's identity stays shielded", async () => {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-09-01" });
    await expect(
      correctMelding(invoer(c.melding.nummer, { datumMelding: "2026-09-05" }), team.cm),
    ).rejects.toMatchObject({
      fieldErrors: { datumMelding: expect.stringMatching(/na de veiligheidsbeoordeling/) },
    });
    await db.prisma.melding.update({ where: { id: c.melding.id }, data: { anoniem: true } });
    await expect(correctMelding(invoer(c.melding.nummer, { anoniem: "J" }), team.cm)).rejects.toThrow(/afgeschermd/);
    await correctMelding(invoer(c.melding.nummer, { anoniem: "J", melderNaam: "Huisarts Van Dam" }), team.tl);
    const cm = (await getWijzigingshistorie(team.cm, c.casus.nummer))![0].wijzigingen;
    expect(cm.find((w) => w.veld === "melderNaam")).toMatchObject({ oud: "afgeschermd", nieuw: "afgeschermd" });
    const tl = (await getWijzigingshistorie(team.tl, c.casus.nummer))![0].wijzigingen;
    expect(tl.find((w) => w.veld === "melderNaam")).toMatchObject({ nieuw: "Huisarts Van Dam" });
  });
});

describe("correcting an overdracht, a monitoringsmoment and the gemeente", () => {
  async function metOverdracht() {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-09-01", beoordeling: { inhoud: "02" } });
    const o = await db.prisma.overdracht.create({
      data: {
        casusId: c.casus.id,
        moment: 1,
        bronMeldingId: c.melding.id,
        datum: new Date("2026-09-10"),
        partij: "02",
        hulp: "2",
        createdById: team.cm.id,
        betrokkenen: { create: [{ betrokkeneId: c.betrokkene.id }] },
      },
    });
    return { ...c, o };
  }
  const ov = (c: Awaited<ReturnType<typeof metOverdracht>>, extra: Record<string, unknown> = {}) => ({
    casusnummer: c.casus.nummer,
    overdrachtId: c.o.id,
    version: 1,
    reden: "Verkeerde partij gekozen",
    datum: "2026-09-10",
    partij: "03",
    hulp: "2",
    betrokkeneIds: [String(c.betrokkene.id)],
    toelichting: "",
    ...extra,
  });

  test("an overdracht: partij and betrokkenen corrected, not before its beoordeling", async () => {
    const c = await metOverdracht();
    await expect(correctOverdracht(ov(c, { datum: "2026-09-01" }), team.cm)).rejects.toMatchObject({
      fieldErrors: { datum: expect.stringMatching(/vóór de veiligheidsbeoordeling/) },
    });
    await expect(correctOverdracht(ov(c, { betrokkeneIds: [] }), team.cm)).rejects.toMatchObject({
      fieldErrors: { betrokkeneIds: "Kies ten minste één betrokkene." },
    });
    const tweede = await addBetrokkene(db.prisma, c.casus.id, "Tim");
    await correctOverdracht(ov(c, { betrokkeneIds: [String(c.betrokkene.id), String(tweede.id)] }), team.cm);
    const o = await db.prisma.overdracht.findUniqueOrThrow({ where: { id: c.o.id }, include: { betrokkenen: true } });
    expect(o.partij).toBe("03");
    expect(o.betrokkenen).toHaveLength(2);
    const [h] = (await getWijzigingshistorie(team.cm, c.casus.nummer))!;
    expect(h.wijzigingen.map((w) => w.label)).toEqual(["Partij", "Betrokkenen"]);
  });

  test("a monitoringsmoment and the gemeente", async () => {
    const c = await metOverdracht();
    const t = await db.prisma.monitoringsmoment.create({
      data: { casusId: c.casus.id, datum: new Date("2026-10-01"), veiligheidsscore: 5, createdById: team.cm.id },
    });
    const m = { casusnummer: c.casus.nummer, momentId: t.id, version: 1, reden: "Score verkeerd getypt", notitie: "" };
    await expect(
      correctMonitoring({ ...m, datum: "2026-10-01", veiligheidsscore: "11" }, team.cm),
    ).rejects.toMatchObject({ fieldErrors: { veiligheidsscore: expect.stringMatching(/0 tot en met 10/) } });
    await expect(
      correctMonitoring({ ...m, datum: "2026-09-01", veiligheidsscore: "7" }, team.cm),
    ).rejects.toMatchObject({
      fieldErrors: { datum: expect.stringMatching(/vóór de eerste overdracht/) },
    });
    await correctMonitoring({ ...m, datum: "2026-10-01", veiligheidsscore: "7" }, team.cm);
    expect((await db.prisma.monitoringsmoment.findUniqueOrThrow({ where: { id: t.id } })).veiligheidsscore).toBe(7);

    await seedGemeenten(db.prisma);
    const g = { casusnummer: c.casus.nummer, version: 1, reden: "Gezin woont in Rotterdam" };
    await expect(correctCasusGemeente({ ...g, gemeentecode: "9999" }, team.cm)).rejects.toMatchObject({
      fieldErrors: { gemeentecode: expect.stringMatching(/Kies een gemeente uit de lijst/) },
    });
    await correctCasusGemeente({ ...g, gemeentecode: "0606" }, team.cm);
    expect((await getWijzigingshistorie(team.cm, c.casus.nummer))![0].wijzigingen[0].label).toBe("Gemeente");
  });
});

describe("corrections under four eyes (teamleider), asked again afterwards", () => {
  test("a vastgestelde beoordeling: corrected by the teamleider, then vastgesteld by someone else", async () => {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-09-01", beoordeling: { inhoud: "03" } });
    const b = {
      casusnummer: c.casus.nummer,
      beoordelingId: c.beoordeling!.id,
      version: 1,
      reden: "Taxatie verkeerd gekozen",
    };
    const velden = { datum: "2026-09-03", taxatie: "02", inhoud: "03", toelichting: "" };
    await expect(correctBeoordeling({ ...b, ...velden }, team.cm)).rejects.toBeInstanceOf(Forbidden);
    await expect(correctBeoordeling({ ...b, ...velden, datum: "2026-08-01" }, team.tl)).rejects.toMatchObject({
      fieldErrors: { datum: expect.stringMatching(/vóór de datum melding/) },
    });
    await correctBeoordeling({ ...b, ...velden }, team.tl);
    const na = await db.prisma.veiligheidsbeoordeling.findUniqueOrThrow({ where: { id: c.beoordeling!.id } });
    expect(na).toMatchObject({ taxatie: "02", vastgesteldOp: null, createdById: team.tl.id });
    await expect(confirmBeoordeling({ id: na.id, version: na.version }, team.tl)).rejects.toThrow(/vier ogen/);
    await confirmBeoordeling({ id: na.id, version: na.version }, team.gw);
  });

  test("a beoordeling with a dienst keeps its inhoud; a closed casus is reopened first", async () => {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-09-01" });
    await db.prisma.dienst.create({
      data: { casusId: c.casus.id, beoordelingId: c.beoordeling!.id, soort: "V", startdatum: new Date("2026-09-10") },
    });
    const b = { casusnummer: c.casus.nummer, beoordelingId: c.beoordeling!.id, version: 1, reden: "x" };
    await expect(
      correctBeoordeling({ ...b, datum: "2026-09-03", taxatie: "02", inhoud: "03", toelichting: "" }, team.tl),
    ).rejects.toMatchObject({ fieldErrors: { inhoud: expect.stringMatching(/dienst gestart/) } });
    await db.prisma.casus.update({ where: { id: c.casus.id }, data: { einddatum: new Date("2026-10-01") } });
    await expect(
      correctBeoordeling({ ...b, datum: "2026-09-03", taxatie: "02", inhoud: "01", toelichting: "" }, team.tl),
    ).rejects.toThrow(/Heropen eerst de casus/);
  });

  test("a confirmed dienst closing: corrected, then confirmed again by someone else", async () => {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-09-01" });
    const d = await db.prisma.dienst.create({
      data: {
        casusId: c.casus.id,
        beoordelingId: c.beoordeling!.id,
        soort: "V",
        startdatum: new Date("2026-09-10"),
        status: "AFGESLOTEN",
        einddatum: new Date("2026-10-20"),
        aardConclusie: ["01"],
        duur: "03",
        afsluitingVoorgesteldDoorId: team.cm.id,
        afsluitingBevestigdDoorId: team.gw.id,
        afsluitingBevestigdOp: new Date("2026-10-21T10:00:00Z"),
      },
    });
    const invoer = {
      casusnummer: c.casus.nummer,
      dienstId: d.id,
      version: 1,
      reden: "Einddatum was de dag van het eindgesprek",
      einddatum: "2026-10-15",
      aardConclusie: ["01"],
      aanvullendeInformatie: [],
      duur: "03",
      voortijdig: false,
      redenVoortijdig: "",
      toelichting: "",
    };
    await expect(correctDienst({ ...invoer, einddatum: "2026-09-01" }, team.tl)).rejects.toMatchObject({
      fieldErrors: { einddatum: expect.stringMatching(/vóór de startdatum/) },
    });
    await correctDienst(invoer, team.tl);
    const na = await db.prisma.dienst.findUniqueOrThrow({ where: { id: d.id } });
    expect(na).toMatchObject({
      status: "AFSLUITING_VOORGESTELD",
      afsluitingBevestigdOp: null,
      afsluitingVoorgesteldDoorId: team.tl.id,
    });
    expect(na.einddatum?.toISOString().slice(0, 10)).toBe("2026-10-15");
    const [h] = (await getWijzigingshistorie(team.tl, c.casus.nummer))!;
    expect(h.wijzigingen.map((w) => w.label)).toEqual(["Einddatum", "Afsluiting"]);
  });
});

describe("correcting an advies", () => {
  test("all attributes with the registration's rules; its own history", async () => {
    await seedGemeenten(db.prisma).catch(() => undefined); // may exist from an earlier test in this file
    const a = await db.prisma.advies.create({
      data: {
        startdatum: new Date("2026-10-05"),
        einddatum: new Date("2026-10-09"),
        gemeentecode: "0599",
        aard: ["01"],
        aanvullendeInformatie: [],
        duur: "99",
        functieRol: "28",
        organisatie: "10",
        behandelaarId: team.triage.id,
        contacten: { create: [{ datum: new Date("2026-10-07"), notitie: "Advies gegeven", userId: team.triage.id }] },
      },
    });
    const invoer = {
      adviesNummer: a.nummer,
      version: 1,
      reden: "Duur nagevraagd bij de adviesvrager",
      startdatum: "2026-10-05",
      einddatum: "2026-10-09",
      gemeentecode: "0599",
      aard: ["01"],
      aanvullendeInformatie: [],
      duur: "03",
      functieRol: "28",
      organisatie: "10",
      adviesvraag: "",
    };
    await expect(correctAdvies(invoer, team.cm)).rejects.toBeInstanceOf(Forbidden);
    await expect(correctAdvies({ ...invoer, einddatum: "2026-10-06" }, team.triage)).rejects.toMatchObject({
      fieldErrors: { einddatum: expect.stringMatching(/vóór het laatste contact/) },
    });
    await expect(correctAdvies({ ...invoer, organisatie: "98" }, team.triage)).rejects.toMatchObject({
      fieldErrors: { organisatie: expect.stringMatching(/Niet van toepassing/) },
    });
    await correctAdvies(invoer, team.triage);
    const h = await getAdviesHistorie(team.tl, a.nummer);
    expect(h).toMatchObject([{ reden: "Duur nagevraagd bij de adviesvrager", wijzigingen: [{ label: "Duur" }] }]);
  });
});
