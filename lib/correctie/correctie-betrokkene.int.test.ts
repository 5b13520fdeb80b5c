// Corrections of betrokkenen (and one added later), and what the Leveringen page counts afterwards.
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { type Team, makeTeam, makeTeamCasus } from "@/lib/testing/factories";
import { Forbidden, NotFound } from "@/lib/auth/errors";
import { addBetrokkeneLater, correctBetrokkene } from "./betrokkene";
import { getWijzigingshistorie } from "./queries";
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
