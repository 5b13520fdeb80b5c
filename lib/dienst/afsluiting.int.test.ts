import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { Conflict, Forbidden, NotFound } from "@/lib/auth/errors";
import { addDays, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { decideDienstAfsluiting, proposeDienstAfsluiting } from "./commands";
import { listDienstAfsluitingenTeBevestigen } from "./queries";
import { type Team, addTeamDienst, countRows, makeTeam, makeTeamCasus } from "@/lib/testing/factories";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

async function lopend(soort: "V" | "O" = "O") {
  const c = await makeTeamCasus(db.prisma, team);
  const dienst = await addTeamDienst(db.prisma, team, c, { soort });
  return { ...c, dienst };
}
const voorstel = (
  x: { casus: { nummer: string }; dienst: { id: number; version: number } },
  extra: Record<string, unknown> = {},
) => ({
  casusnummer: x.casus.nummer,
  dienstId: x.dienst.id,
  version: x.dienst.version,
  einddatum: "2026-11-02",
  aardConclusie: ["01"],
  aanvullendeInformatie: [],
  duur: "03",
  uitkomst: ["1", "0", "0", "0", "0"],
  voortijdig: false,
  redenVoortijdig: "",
  toelichting: "",
  ...extra,
});
const besluit = (
  x: { casus: { nummer: string }; dienst: { id: number } },
  version: number,
  b: "bevestigen" | "terugsturen",
  reden = "",
) => ({ casusnummer: x.casus.nummer, dienstId: x.dienst.id, version, besluit: b, reden });

describe("dienst afsluiten: the proposal", () => {
  test("an Onderzoek proposal stores the outcome as five digits and awaits confirmation", async () => {
    const x = await lopend("O");
    await proposeDienstAfsluiting(
      voorstel(x, { aardConclusie: ["01", "03"], uitkomst: ["1", "0", "2", "0", "0"], aanvullendeInformatie: ["01"] }),
      team.cm,
    );
    const d = await db.prisma.dienst.findUniqueOrThrow({ where: { id: x.dienst.id } });
    expect(d).toMatchObject({
      status: "AFSLUITING_VOORGESTELD",
      uitkomstOnderzoek: "10200",
      redenVoortijdig: "00",
      aardConclusie: ["01", "03"],
      afsluitingVoorgesteldDoorId: team.cm.id,
      afsluitingBevestigdDoorId: null,
      version: 2,
    });
    expect(toIsoDate(d.einddatum!)).toBe("2026-11-02");
    const ev = await db.prisma.auditEvent.findFirst({
      where: { entityType: "dienst", entityId: String(d.id), action: "UPDATE" },
    });
    expect(ev).toMatchObject({ userId: team.cm.id, casusId: x.casus.id, detail: "afsluiting voorgesteld" });
  });

  test("code 07 only alone as a conclusion; a confirmed vorm belongs in the conclusion", async () => {
    const x = await lopend("O");
    await expect(proposeDienstAfsluiting(voorstel(x, { aardConclusie: ["07", "01"] }), team.cm)).rejects.toMatchObject({
      fieldErrors: {
        aardConclusie: "'Geen kindermishandeling of huiselijk geweld' kan alleen als enige conclusie worden gekozen.",
      },
    });
    await expect(
      proposeDienstAfsluiting(voorstel(x, { aardConclusie: ["07"], uitkomst: ["1", "0", "0", "0", "0"] }), team.cm),
    ).rejects.toMatchObject({
      fieldErrors: { uitkomst: expect.stringMatching(/bevestigde vorm hoort ook in de conclusie/) },
    });
    await proposeDienstAfsluiting(voorstel(x, { aardConclusie: ["07"], uitkomst: ["3", "0", "0", "0", "0"] }), team.cm);
    expect((await db.prisma.dienst.findUniqueOrThrow({ where: { id: x.dienst.id } })).aardConclusie).toEqual(["07"]);
  });

  test("V&V: the uitkomst must stay 00000; a reden voortijdig is allowed", async () => {
    const x = await lopend("V");
    await expect(proposeDienstAfsluiting(voorstel(x), team.cm)).rejects.toMatchObject({
      fieldErrors: { uitkomst: expect.stringMatching(/geen uitkomst van onderzoek/) },
    });
    await proposeDienstAfsluiting(
      voorstel(x, { uitkomst: ["0", "0", "0", "0", "0"], voortijdig: true, redenVoortijdig: "02", aardConclusie: [] }),
      team.cm,
    );
    expect(await db.prisma.dienst.findUniqueOrThrow({ where: { id: x.dienst.id } })).toMatchObject({
      uitkomstOnderzoek: "00000",
      redenVoortijdig: "02",
    });
  });

  test("Onderzoek: an outcome per vorm, or closed early with a reden (then 00000 is fine)", async () => {
    const x = await lopend("O");
    await expect(
      proposeDienstAfsluiting(voorstel(x, { uitkomst: ["0", "0", "0", "0", "0"] }), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { uitkomst: expect.stringMatching(/ten minste één onderzochte vorm/) } });
    await expect(
      proposeDienstAfsluiting(
        voorstel(x, { uitkomst: ["0", "0", "0", "0", "0"], voortijdig: true, redenVoortijdig: "00" }),
        team.cm,
      ),
    ).rejects.toMatchObject({ fieldErrors: { redenVoortijdig: "Kies de reden van voortijdig afsluiten." } });
    await expect(
      proposeDienstAfsluiting(voorstel(x, { uitkomst: ["4", "0", "0", "0", "0"] }), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { "uitkomst.0": expect.any(String) } });
    await proposeDienstAfsluiting(
      voorstel(x, { uitkomst: ["0", "0", "0", "0", "0"], voortijdig: true, redenVoortijdig: "01", aardConclusie: [] }),
      team.cm,
    );
    expect(await db.prisma.dienst.findUniqueOrThrow({ where: { id: x.dienst.id } })).toMatchObject({
      uitkomstOnderzoek: "00000",
      redenVoortijdig: "01",
    });
  });

  test("dates in order: einddatum not before the startdatum, not in the future; nothing stored on failure", async () => {
    const x = await lopend("O");
    const before = await countRows(db.prisma);
    await expect(proposeDienstAfsluiting(voorstel(x, { einddatum: "2026-09-06" }), team.cm)).rejects.toMatchObject({
      fieldErrors: { einddatum: "De einddatum ligt vóór de startdatum van de dienst (7 september 2026)." },
    });
    await expect(
      proposeDienstAfsluiting(voorstel(x, { einddatum: toIsoDate(addDays(todayInAmsterdam(), 1)) }), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { einddatum: "Einddatum mag niet in de toekomst liggen." } });
    expect(await countRows(db.prisma)).toEqual(before);
    expect(await db.prisma.dienst.findUniqueOrThrow({ where: { id: x.dienst.id } })).toMatchObject({
      status: "LOPEND",
      version: 1,
    });
  });

  test("a stale proposal is refused, naming who changed it; the newer data stay", async () => {
    const x = await lopend("O");
    await proposeDienstAfsluiting(voorstel(x, { einddatum: "2026-11-02" }), team.cm);
    await decideDienstAfsluiting(
      besluit(x, 2, "terugsturen", "Uitkomst kindermishandeling nader onderbouwen."),
      team.gw,
    );
    const err = await proposeDienstAfsluiting(voorstel(x, { version: 2, einddatum: "2026-11-05" }), team.cm).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(Conflict);
    expect(err.message).toMatch(new RegExp(`gewijzigd door ${team.gw.displayName}`));
    expect(err.info.changedBy).toBe(team.gw.displayName);
    expect(err.info.current).toContainEqual(expect.objectContaining({ label: "Status", value: "Lopend" }));
    const d = await db.prisma.dienst.findUniqueOrThrow({ where: { id: x.dienst.id } });
    expect(d).toMatchObject({ status: "LOPEND", einddatum: null, version: 3 });
  });

  test("a case manager cannot propose for a casus not assigned to them; other roles are refused", async () => {
    const x = await lopend("O");
    await expect(proposeDienstAfsluiting(voorstel(x), team.cm2)).rejects.toBeInstanceOf(NotFound);
    await expect(proposeDienstAfsluiting(voorstel(x), team.gw)).rejects.toBeInstanceOf(Forbidden);
    await expect(proposeDienstAfsluiting(voorstel(x), team.triage)).rejects.toBeInstanceOf(Forbidden);
    // a dienst id of another casus, sent with this casusnummer, is not found either
    const y = await lopend("O");
    await expect(proposeDienstAfsluiting({ ...voorstel(x), dienstId: y.dienst.id }, team.cm)).rejects.toBeInstanceOf(
      NotFound,
    );
    expect((await db.prisma.dienst.findUniqueOrThrow({ where: { id: x.dienst.id } })).status).toBe("LOPEND");
  });
});

describe("dienst afsluiten: four eyes", () => {
  test("a second user (gedragswetenschapper or teamleider) confirms; the proposer, the case manager and triage cannot", async () => {
    const x = await lopend("O");
    await proposeDienstAfsluiting(voorstel(x), team.cm);
    await expect(decideDienstAfsluiting(besluit(x, 2, "bevestigen"), team.cm)).rejects.toBeInstanceOf(Forbidden);
    await expect(decideDienstAfsluiting(besluit(x, 2, "bevestigen"), team.triage)).rejects.toBeInstanceOf(Forbidden);
    // the same user who proposed (here: a proposal recorded in the gedragswetenschapper's name) is refused
    await db.prisma.dienst.update({ where: { id: x.dienst.id }, data: { afsluitingVoorgesteldDoorId: team.gw.id } });
    await expect(decideDienstAfsluiting(besluit(x, 2, "bevestigen"), team.gw)).rejects.toThrow(/zelf voorgesteld/);
    await expect(
      db.prisma.dienst.update({
        where: { id: x.dienst.id },
        data: { status: "AFGESLOTEN", afsluitingBevestigdDoorId: team.gw.id, afsluitingBevestigdOp: new Date() },
      }),
    ).rejects.toThrow(); // the database's four-eyes CHECK
    await db.prisma.dienst.update({ where: { id: x.dienst.id }, data: { afsluitingVoorgesteldDoorId: team.cm.id } });
    await decideDienstAfsluiting(besluit(x, 2, "bevestigen"), team.tl);
    const d = await db.prisma.dienst.findUniqueOrThrow({ where: { id: x.dienst.id } });
    expect(d).toMatchObject({ status: "AFGESLOTEN", afsluitingBevestigdDoorId: team.tl.id });
    expect(d.afsluitingBevestigdOp).toBeInstanceOf(Date);
    const ev = await db.prisma.auditEvent.findFirst({
      where: { entityType: "dienst", entityId: String(d.id), detail: "afsluiting bevestigd" },
    });
    expect(ev).toMatchObject({ userId: team.tl.id, casusId: x.casus.id });
    await expect(decideDienstAfsluiting(besluit(x, 3, "bevestigen"), team.gw)).rejects.toThrow(/geen voorstel/);
    await expect(proposeDienstAfsluiting(voorstel(x, { version: 3 }), team.cm)).rejects.toThrow(
      "Deze dienst is al afgesloten.",
    );
  });

  test("a stale decision is refused, naming the case manager who changed the proposal", async () => {
    const x = await lopend("O");
    await proposeDienstAfsluiting(voorstel(x), team.cm);
    await proposeDienstAfsluiting(voorstel(x, { version: 2, einddatum: "2026-11-03" }), team.cm);
    await expect(decideDienstAfsluiting(besluit(x, 2, "bevestigen"), team.gw)).rejects.toThrow(
      new RegExp(`gewijzigd door ${team.cm.displayName}`),
    );
    expect((await db.prisma.dienst.findUniqueOrThrow({ where: { id: x.dienst.id } })).status).toBe(
      "AFSLUITING_VOORGESTELD",
    );
    await decideDienstAfsluiting(besluit(x, 3, "bevestigen"), team.gw);
  });

  test("sending back reopens the dienst, clears the proposal and keeps the reason", async () => {
    const x = await lopend("O");
    await proposeDienstAfsluiting(voorstel(x, { toelichting: "Eerste voorstel." }), team.cm);
    await expect(decideDienstAfsluiting(besluit(x, 2, "terugsturen"), team.gw)).rejects.toMatchObject({
      fieldErrors: { reden: expect.any(String) },
    });
    await decideDienstAfsluiting(besluit(x, 2, "terugsturen", "Graag de uitkomst per vorm aanvullen."), team.gw);
    const d = await db.prisma.dienst.findUniqueOrThrow({ where: { id: x.dienst.id } });
    expect(d).toMatchObject({
      status: "LOPEND",
      einddatum: null,
      aardConclusie: [],
      uitkomstOnderzoek: "00000",
      afsluitingVoorgesteldDoorId: null,
    });
    expect(d.toelichting).toMatch(
      /^Teruggestuurd door Test .* \(voorgestelde einddatum 2 november 2026\): Graag de uitkomst per vorm aanvullen\.\n\nEerste voorstel\.$/,
    );
  });

  test("the list of closings awaiting confirmation names the casus, dienst, soort and proposer; audited", async () => {
    const x = await lopend("V");
    await proposeDienstAfsluiting(voorstel(x, { uitkomst: ["0", "0", "0", "0", "0"] }), team.cm);
    const list = (await listDienstAfsluitingenTeBevestigen(team.gw)).rijen;
    const item = list.find((i) => i.dienstId === x.dienst.id);
    // A page past the end: the first page, with one note (not one per count).
    const voorbij = await listDienstAfsluitingenTeBevestigen(team.gw, { dpagina: "2" });
    expect(voorbij.pagina.pagina).toBe(1);
    expect(voorbij.params.meldingen).toEqual([
      "Pagina 2 bestaat niet (de lijst heeft 1 pagina); u ziet de eerste pagina.",
    ]);
    expect(
      (await listDienstAfsluitingenTeBevestigen(team.gw, { dsoort: "O" })).rijen.map((r) => r.soort),
    ).not.toContain("V");
    expect(item).toMatchObject({
      casusnummer: x.casus.nummer,
      soort: "V",
      soortLabel: "Voorwaarden en Vervolg",
      einddatum: "2026-11-02",
      voorgesteldDoor: `Test ${team.cm.username}`,
      eigenVoorstel: false,
      href: `/casussen/${x.casus.nummer}/diensten/${x.dienst.nummer}/bevestigen`,
    });
    const ev = await db.prisma.auditEvent.findFirst({
      where: { userId: team.gw.id, action: "READ", entityType: "dienst", entityId: String(x.dienst.id) },
    });
    expect(ev?.casusId).toBe(x.casus.id);
    await expect(listDienstAfsluitingenTeBevestigen(team.cm)).rejects.toBeInstanceOf(Forbidden);
  });
});
