// Terugkoppeling aan de melder and informing the betrokkenen: recorded once, with Dutch messages for bad input,
// and counted on the Termijnen page (recorded on time; open ones past their deadline listed until recorded).
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { countRows, d, makeCasus, makeTeam, type Team } from "@/lib/testing/factories";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { getTermijnen } from "@/lib/termijnen/queries";
import { recordInformering, recordTerugkoppeling } from "./commands";
import { getOpvolging } from "./queries";
import { listOpvolging } from "./werkvoorraad";

const db = freshTestDb();
let team: Team;
const NOW = new Date("2026-11-23T10:00:00Z");
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

const fouten = async (p: Promise<unknown>) => ((await p.catch((e) => e)) as ValidationFailed).fieldErrors;

describe("terugkoppeling en informeren", () => {
  test("recorded after the final beoordeling; once; bad input stores nothing", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, {
      datum: "2026-11-02",
      beoordeling: { datum: "2026-11-04", besluitMetId: team.gw.id, inhoud: "03" },
    });
    const nummer = c.melding.nummer;
    const before = await countRows(db.prisma);
    expect(
      await fouten(recordTerugkoppeling({ meldingnummer: nummer, version: 1, uitkomst: "gedaan" }, team.triage)),
    ).toEqual({
      datum: "Vul datum terugkoppeling in.",
      wijze: "Kies hoe de terugkoppeling is gegeven.",
    });
    expect(
      await fouten(
        recordTerugkoppeling(
          { meldingnummer: nummer, version: 1, uitkomst: "niet-mogelijk", reden: "x".repeat(5000) },
          team.triage,
        ),
      ),
    ).toEqual({ reden: "Reden mag hoogstens 2000 tekens lang zijn." });
    expect(
      await fouten(
        recordTerugkoppeling(
          { meldingnummer: nummer, version: 1, uitkomst: "gedaan", datum: "2026-11-03", wijze: "telefonisch" },
          team.triage,
        ),
      ),
    ).toEqual({ datum: "De terugkoppeling ligt vóór de veiligheidsbeoordeling (4 november 2026)." });
    expect(await countRows(db.prisma)).toEqual(before);

    await recordTerugkoppeling(
      {
        meldingnummer: nummer,
        version: 1,
        uitkomst: "gedaan",
        datum: "2026-11-06",
        wijze: "telefonisch",
        inhoud: "Melder geïnformeerd over het besluit",
      },
      team.triage,
    );
    await expect(
      recordTerugkoppeling(
        { meldingnummer: nummer, version: 2, uitkomst: "niet-mogelijk", reden: "Nogmaals" },
        team.triage,
      ),
    ).rejects.toBeInstanceOf(RuleViolation);

    const b = c.betrokkene.id;
    expect(
      await fouten(recordInformering({ meldingnummer: nummer, betrokkeneId: b, uitkomst: "veiligheid" }, team.triage)),
    ).toEqual({
      toelichting: "Licht toe waarom niet is geïnformeerd.",
    });
    await recordInformering(
      {
        meldingnummer: nummer,
        betrokkeneId: b,
        uitkomst: "veiligheid",
        toelichting: "Informeren brengt het kind in gevaar.",
      },
      team.triage,
    );
    const o = await getOpvolging(team.triage, nummer, NOW);
    expect(o?.terugkoppeling.termijn?.status).toBe("op-tijd");
    expect(o?.terugkoppeling.vastgelegd).toMatchObject({ datum: "2026-11-06", wijze: "telefonisch" });
    expect(o?.betrokkenen[0].vastgelegd).toMatchObject({ niet: "veiligheid" });
    // A casemanager of another casus can neither see nor record it.
    await expect(
      recordInformering(
        { meldingnummer: nummer, betrokkeneId: b, uitkomst: "onbereikbaar", toelichting: "x" },
        team.cm,
      ),
    ).rejects.toBeInstanceOf(NotFound);
  });

  test("before the final beoordeling there is no terugkoppeling yet", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-16" });
    await expect(
      recordTerugkoppeling(
        { meldingnummer: c.melding.nummer, version: 1, uitkomst: "niet-mogelijk", reden: "Anoniem" },
        team.triage,
      ),
    ).rejects.toThrow("De terugkoppeling aan de melder volgt op de definitieve veiligheidsbeoordeling.");
    expect((await getOpvolging(team.triage, c.melding.nummer, NOW))?.terugkoppeling.termijn).toBeNull();
  });

  test("termijnen: recorded on time counted; open ones past the deadline listed until recorded", async () => {
    const b = (datum: string) => ({ datum, besluitMetId: team.gw.id, vastgesteldDoorId: team.gw.id, inhoud: "03" });
    const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-09-01", beoordeling: b("2026-09-02") });
    const periode = { van: d("2026-09-01"), tot: d("2026-09-30") };
    const werkvoorraad = async () => (await listOpvolging(team.triage, {}, NOW)).rijen.map((r) => r.nummer);
    expect(await werkvoorraad()).toContain(c.melding.nummer);
    let t = await getTermijnen(team.tl, periode, NOW);
    expect(t.terugkoppeling.open.rijen.map((r) => r.nummer)).toEqual([c.melding.nummer]);
    expect(t.terugkoppeling.open.rijen[0]).toMatchObject({ deadline: "2026-09-09", datum: "2026-09-02" });
    expect(t.informeren.open.rijen).toEqual([
      expect.objectContaining({ nummer: c.melding.nummer, deadline: "2026-09-29", wie: "Eva Jansen" }),
    ]);
    await recordTerugkoppeling(
      { meldingnummer: c.melding.nummer, version: 1, uitkomst: "gedaan", datum: "2026-09-08", wijze: "brief" },
      team.triage,
    );
    await recordInformering(
      {
        meldingnummer: c.melding.nummer,
        betrokkeneId: c.betrokkene.id,
        uitkomst: "geinformeerd",
        datum: "2026-10-05",
        wijze: "gesprek",
      },
      team.triage,
    );
    t = await getTermijnen(team.tl, periode, NOW);
    expect(await werkvoorraad()).not.toContain(c.melding.nummer);
    expect(t.terugkoppeling).toMatchObject({ n: 1, opTijd: 1, percentage: 100 });
    expect(t.terugkoppeling.open.pagina.totaal).toBe(0);
    expect(t.informeren).toMatchObject({ n: 1, opTijd: 0, percentage: 0 });
    expect(t.informeren.open.pagina.totaal).toBe(0);
  });
});
