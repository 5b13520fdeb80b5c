// Correcting a recorded terugkoppeling or informing, and extending the informing deadline by 2 weeks with a reason
// (the integration tests' today is the test clock, Monday 23 November 2026).
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { d, makeCasus, makeTeam, type Team } from "@/lib/testing/factories";
import { getTermijnen } from "@/lib/termijnen/queries";
import { RuleViolation, type ValidationFailed } from "@/lib/auth/errors";
import { recordInformering, recordTerugkoppeling } from "./commands";
import { correctInformering, correctTerugkoppeling, verlengInformeren } from "./correcties";
import { getOpvolging } from "./queries";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});
const fouten = async (p: Promise<unknown>) => ((await p.catch((e) => e)) as ValidationFailed).fieldErrors;

describe("extending the informing deadline", () => {
  test("by 2 weeks at a time with a reason, before it ends; kept in the history", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-02" });
    const input = { meldingnummer: c.melding.nummer, betrokkeneId: c.betrokkene.id, reden: "" };
    expect(await fouten(verlengInformeren(input, team.triage))).toEqual({ reden: "Vul reden van de verlenging in." });
    const reden = "Eerst het veiligheidsplan met moeder; informeren van vader brengt haar nu in gevaar.";
    await verlengInformeren({ ...input, reden }, team.triage);
    await verlengInformeren({ ...input, reden: "Gesprek met moeder verplaatst." }, team.triage);
    const o = await getOpvolging(team.triage, c.melding.nummer);
    expect(o?.betrokkenen[0]).toMatchObject({ verlengd: 2, termijn: { deadline: "2026-12-28" } });
    const historie = await db.prisma.correctie.findMany({ where: { entityType: "melding", entityId: c.melding.id } });
    expect(historie.map((h) => [h.reden, h.wijzigingen])).toEqual([
      [reden, [expect.objectContaining({ oud: "30 november 2026", nieuw: "14 december 2026" })]],
      [
        "Gesprek met moeder verplaatst.",
        [expect.objectContaining({ oud: "14 december 2026", nieuw: "28 december 2026" })],
      ],
    ]);
  });

  test("not after the deadline, and not once the betrokkene is informed", async () => {
    const laat = await makeCasus(db.prisma, team.triage.id, { datum: "2026-10-01" });
    await expect(
      verlengInformeren(
        { meldingnummer: laat.melding.nummer, betrokkeneId: laat.betrokkene.id, reden: "Te laat" },
        team.triage,
      ),
    ).rejects.toThrow(
      "De termijn is verstreken op 29 oktober 2026; verlengen kan alleen vóór het einde van de termijn.",
    );
    const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-10" });
    await recordInformering(
      {
        meldingnummer: c.melding.nummer,
        betrokkeneId: c.betrokkene.id,
        uitkomst: "geinformeerd",
        datum: "2026-11-20",
        wijze: "brief",
      },
      team.triage,
    );
    await expect(
      verlengInformeren({ meldingnummer: c.melding.nummer, betrokkeneId: c.betrokkene.id, reden: "x" }, team.triage),
    ).rejects.toBeInstanceOf(RuleViolation);
    expect(
      (
        await db.prisma.meldingBetrokkene.findMany({ where: { meldingId: { in: [laat.melding.id, c.melding.id] } } })
      ).map((x) => x.informerenVerlengd),
    ).toEqual([0, 0]);
  });
});

test("the Termijnen figures and lists count an extended deadline", async () => {
  // Received 1 October: 4 weeks end on 29 October; two extensions (recorded in time) move it to 26 November.
  const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-10-01" });
  const periode = { van: d("2026-10-01"), tot: d("2026-10-01") };
  const open = async () =>
    (await getTermijnen(team.tl, periode)).informeren.open.rijen
      .filter((r) => r.nummer === c.melding.nummer)
      .map((r) => r.deadline);
  expect(await open()).toEqual(["2026-10-29"]);
  await db.prisma.meldingBetrokkene.updateMany({ where: { meldingId: c.melding.id }, data: { informerenVerlengd: 2 } });
  expect(await open()).toEqual([]); // 26 November has not passed on the 23rd
  expect((await getOpvolging(team.triage, c.melding.nummer))?.betrokkenen[0].termijn.deadline).toBe("2026-11-26");
});

describe("correcting terugkoppeling and informing", () => {
  test("with a reason, the old and new values kept; nothing changed or nothing recorded is refused", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, {
      datum: "2026-11-02",
      beoordeling: { datum: "2026-11-04", besluitMetId: team.gw.id, inhoud: "03" },
    });
    const nummer = c.melding.nummer;
    const tk = { meldingnummer: nummer, uitkomst: "gedaan" as const, datum: "2026-11-06", wijze: "telefonisch" };
    await expect(
      correctTerugkoppeling({ ...tk, version: 1, correctieReden: "Vergissing" }, team.triage),
    ).rejects.toThrow("Er is nog geen terugkoppeling vastgelegd om te corrigeren.");
    await recordTerugkoppeling({ ...tk, version: 1, inhoud: "Besluit uitgelegd" }, team.triage);
    const version = (await db.prisma.melding.findUniqueOrThrow({ where: { id: c.melding.id } })).version;
    expect(await fouten(correctTerugkoppeling({ ...tk, version, correctieReden: "" }, team.triage))).toEqual({
      correctieReden: "Vul reden van de correctie in.",
    });
    await expect(
      correctTerugkoppeling({ ...tk, version, inhoud: "Besluit uitgelegd", correctieReden: "Niets" }, team.triage),
    ).rejects.toThrow(/Er is niets gewijzigd/);
    await correctTerugkoppeling(
      { ...tk, version, wijze: "gesprek", inhoud: "Besluit uitgelegd", correctieReden: "Het was een gesprek." },
      team.tl,
    );
    const m = await db.prisma.melding.findUniqueOrThrow({ where: { id: c.melding.id } });
    expect(m.terugkoppelingWijze).toBe("gesprek");
    const tkHistorie = await db.prisma.correctie.findFirstOrThrow({ where: { reden: "Het was een gesprek." } });
    expect(tkHistorie.wijzigingen).toEqual([
      { veld: "terugkoppelingWijze", label: "Hoe", oud: "Telefonisch", nieuw: "In een gesprek" },
    ]);

    const inf = { meldingnummer: nummer, betrokkeneId: c.betrokkene.id };
    await recordInformering({ ...inf, uitkomst: "geinformeerd", datum: "2026-11-10", wijze: "brief" }, team.triage);
    expect(
      await fouten(correctInformering({ ...inf, uitkomst: "veiligheid", correctieReden: "Onjuist" }, team.triage)),
    ).toEqual({ toelichting: "Licht toe waarom niet is geïnformeerd." });
    await correctInformering(
      {
        ...inf,
        uitkomst: "veiligheid",
        toelichting: "Brief niet verstuurd: vader mag het adres niet weten.",
        correctieReden: "Verkeerd vastgelegd",
      },
      team.triage,
    );
    const mb = await db.prisma.meldingBetrokkene.findFirstOrThrow({ where: { meldingId: c.melding.id } });
    expect(mb).toMatchObject({ geinformeerdOp: null, informeerWijze: null, nietGeinformeerd: "veiligheid" });
    const infHistorie = await db.prisma.correctie.findFirstOrThrow({ where: { reden: "Verkeerd vastgelegd" } });
    expect((infHistorie.wijzigingen as { veld: string }[]).map((w) => w.veld)).toEqual([
      "geinformeerdOp",
      "informeerWijze",
      "nietGeinformeerd",
      "informeerToelichting",
    ]);
  });
});
