// Need to know (lib/auth/scope.ts), role by role: which of a set of casussen each user may open, through the Prisma
// condition and through its SQL mirror alike, with afscherming and noodtoegang.
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { addMelding, makeTeam, makeTeamCasus, makeUser, type Team, type TestUser } from "@/lib/testing/factories";
import type { Actor } from "./audit";
import { casusScope, casusScopeSql, dossierWriteScope, dossierWriteScopeSql } from "./scope";

const db = freshTestDb();
let team: Team;
let gw2: TestUser;
let privacy: TestUser;
let beleid: TestUser;
const c = {} as Record<
  | "voordeur"
  | "concept"
  | "nieuweMelding"
  | "toegewezen"
  | "gesloten"
  | "geslotenOpvolging"
  | "taakGw2"
  | "afgeschermd"
  | "afgeschermdTl",
  { id: number; nummer: string }
>;

beforeAll(async () => {
  team = await makeTeam(db.prisma);
  gw2 = await makeUser(db.prisma, "GEDRAGSWETENSCHAPPER");
  privacy = await makeUser(db.prisma, "PRIVACY");
  beleid = await makeUser(db.prisma, "RAPPORTAGE");
  const casus = async (opts: Parameters<typeof makeTeamCasus>[2]) => (await makeTeamCasus(db.prisma, team, opts)).casus;
  // Final beoordeling, no casemanager yet (e.g. awaiting overdracht or closing by triage): the voordeur.
  c.voordeur = await casus({ casemanager: null });
  // Beoordeling not final, assigned already (a vervolgmelding): still the voordeur's.
  c.concept = await casus({ beoordeling: { inhoud: "01", definitief: false } });
  // Assigned, final beoordeling, then a new melding without beoordeling: the new melding is in the voordeur.
  c.nieuweMelding = await casus({});
  const bij = await db.prisma.betrokkene.findFirstOrThrow({ where: { casusId: c.nieuweMelding.id } });
  await addMelding(db.prisma, c.nieuweMelding.id, [bij.id], team.triage.id, "2026-11-20");
  c.toegewezen = await casus({});
  // Closed in the voordeur: with the follow-up done it has left the voordeur; with a melder still to be told not.
  c.gesloten = await casus({ casemanager: null });
  c.geslotenOpvolging = await casus({ casemanager: null });
  for (const x of [c.gesloten, c.geslotenOpvolging])
    await db.prisma.casus.update({ where: { id: x.id }, data: { einddatum: new Date("2026-11-01T00:00:00Z") } });
  const m = await db.prisma.melding.findFirstOrThrow({ where: { casusId: c.gesloten.id } });
  await db.prisma.melding.update({
    where: { id: m.id },
    data: { terugkoppelingVastgelegdOp: new Date(), terugkoppelingOp: new Date("2026-11-02T00:00:00Z") },
  });
  await db.prisma.meldingBetrokkene.updateMany({
    where: { meldingId: m.id },
    data: { geinformeerdOp: new Date("2026-11-02T00:00:00Z"), informeerWijze: "telefonisch" },
  });
  // Gedragswetenschapper 2 was asked to consult by a task.
  c.taakGw2 = await casus({});
  await db.prisma.taak.create({
    data: {
      titel: "Consult",
      deadline: new Date("2026-12-01T00:00:00Z"),
      casusId: c.taakGw2.id,
      toegewezenAanId: gw2.id,
      aangemaaktDoorId: team.tl.id,
    },
  });
  // Afgeschermd: only the listed users (the casemanager; in the second also the teamleider).
  c.afgeschermd = await casus({});
  c.afgeschermdTl = await casus({});
  for (const x of [c.afgeschermd, c.afgeschermdTl])
    await db.prisma.casus.update({ where: { id: x.id }, data: { afgeschermd: true } });
  await db.prisma.casusToegang.createMany({
    data: [
      { casusId: c.afgeschermd.id, userId: team.cm.id },
      { casusId: c.afgeschermdTl.id, userId: team.cm.id },
      { casusId: c.afgeschermdTl.id, userId: team.tl.id },
    ],
  });
});

const naam = (id: number) => Object.entries(c).find(([, v]) => v.id === id)?.[0] ?? `?${id}`;

async function viaPrisma(user: Actor) {
  const ids = Object.values(c).map((x) => x.id);
  const rows = await db.prisma.casus.findMany({ where: { AND: [{ id: { in: ids } }, casusScope(user)] } });
  return rows.map((r) => naam(r.id)).sort();
}
async function viaSql(user: Actor) {
  const ids = Object.values(c).map((x) => x.id);
  const rows = await db.prisma.$queryRaw<{ id: number }[]>`
    SELECT c.id FROM casus c WHERE c.id = ANY(${ids}::int[]) AND ${casusScopeSql(user)}`;
  return rows.map((r) => naam(r.id)).sort();
}

describe("need to know: the casussen each role may open", () => {
  const cases: [string, () => Actor, string[]][] = [
    [
      "triage: the voordeur only, with its follow-up of a closed casus",
      () => team.triage,
      ["concept", "geslotenOpvolging", "nieuweMelding", "voordeur"],
    ],
    [
      "casemanager: their own, afgeschermd ones only when listed",
      () => team.cm,
      ["afgeschermd", "afgeschermdTl", "concept", "nieuweMelding", "taakGw2", "toegewezen"],
    ],
    ["another casemanager: none of these", () => team.cm2, []],
    [
      "gedragswetenschapper who decided the beoordelingen: those, not afgeschermd ones",
      () => team.gw,
      ["concept", "gesloten", "geslotenOpvolging", "nieuweMelding", "taakGw2", "toegewezen", "voordeur"],
    ],
    ["gedragswetenschapper asked to consult by a task, or to confirm", () => gw2, ["concept", "taakGw2"]],
    [
      "teamleider: the whole organisation except an afgeschermd dossier they are not listed on",
      () => team.tl,
      [
        "afgeschermdTl",
        "concept",
        "gesloten",
        "geslotenOpvolging",
        "nieuweMelding",
        "taakGw2",
        "toegewezen",
        "voordeur",
      ],
    ],
    ["beheerder: none", () => team.beheerder, []],
    ["privacy officer: none (only through inzage)", () => privacy, []],
    ["beleidsmedewerker: none (reports only)", () => beleid, []],
  ];
  for (const [title, user, expected] of cases)
    test(title, async () => {
      expect(await viaPrisma(user())).toEqual(expected);
      expect(await viaSql(user())).toEqual(expected);
    });

  test("a noodtoegang in force opens its one casus, also an afgeschermd one", async () => {
    const nood = { id: 1, casusId: c.afgeschermd.id, casusnummer: c.afgeschermd.nummer, eindOp: new Date() };
    const cm2: Actor = { ...team.cm2, nood: [nood] };
    expect(await viaPrisma(cm2)).toEqual(["afgeschermd"]);
    expect(await viaSql(cm2)).toEqual(["afgeschermd"]);
    const triage: Actor = { ...team.triage, nood: [{ ...nood, casusId: c.gesloten.id }] };
    const metNood = ["concept", "gesloten", "geslotenOpvolging", "nieuweMelding", "voordeur"];
    expect(await viaPrisma(triage)).toEqual(metNood);
    expect(await viaSql(triage)).toEqual(metNood);
  });
});

test("where each role may write in the dossier: the Prisma condition and its SQL mirror agree", async () => {
  const ids = Object.values(c).map((x) => x.id);
  for (const user of [team.triage, team.cm, team.cm2, team.gw, gw2, team.tl, team.beheerder, privacy, beleid]) {
    const prisma = await db.prisma.casus.findMany({
      where: { AND: [{ id: { in: ids } }, casusScope(user), dossierWriteScope(user)] },
    });
    const sql = await db.prisma.$queryRaw<{ id: number }[]>`
      SELECT c.id FROM casus c WHERE c.id = ANY(${ids}::int[]) AND ${casusScopeSql(user)} AND ${dossierWriteScopeSql(user)}`;
    const viaPrisma = prisma.map((r) => naam(r.id)).sort();
    expect(sql.map((r) => naam(r.id)).sort(), user.username).toEqual(viaPrisma);
    // triage writes only in the voordeur (no casemanager yet), and never more than it reads
    if (user === team.triage) {
      expect(viaPrisma.length).toBeGreaterThan(0);
      expect(prisma.every((r) => r.casemanagerId === null)).toBe(true);
    }
    if (user === team.cm) expect(viaPrisma.length).toBeGreaterThan(0);
    if (user === team.cm2 || user === privacy || user === beleid || user === team.beheerder)
      expect(viaPrisma).toEqual([]);
  }
});
