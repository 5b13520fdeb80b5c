// Corrections of a melding, withdrawing one, and reopening a casus.
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { type Team, addMelding, makeTeam, makeTeamCasus } from "@/lib/testing/factories";
import { Forbidden } from "@/lib/auth/errors";
import { selectionSql } from "@/lib/levering/select-sql";
import { kerncijfersSql } from "@/lib/export/reports/kerncijfers";
import { parseIsoDate } from "@/lib/domain/dates";
import { reopenCasus, withdrawMelding } from "./intrekken";
import { correctMelding } from "./melding";
import { getWijzigingshistorie } from "./queries";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
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
    acuut: "N",
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
    expect(h.record).toBe(`Melding ${nummer}`);
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
