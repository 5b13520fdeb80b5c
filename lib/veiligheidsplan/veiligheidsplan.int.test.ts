import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { Forbidden, NotFound, RuleViolation } from "@/lib/auth/errors";
import { addMonitoringsmoment } from "@/lib/monitoring/commands";
import { getMonitoringView } from "@/lib/monitoring/queries";
import { type Team, d, makeTeam, makeTeamCasus } from "@/lib/testing/factories";
import { addVoorwaarde, beeindigVoorwaarde, wijzigVoorwaarde } from "./commands";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

/** A casus of team.cm (begun 1 September 2026) with an overdracht on 5 September: monitoring may start. */
async function inMonitoring() {
  const c = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "02" } });
  await db.prisma.overdracht.create({
    data: {
      casusId: c.casus.id,
      moment: 1,
      bronMeldingId: c.melding.id,
      datum: d("2026-09-05"),
      partij: "02",
      hulp: "2",
      createdById: team.cm.id,
      betrokkenen: { create: [{ betrokkeneId: c.betrokkene.id }] },
    },
  });
  return c;
}

const voorwaarde = (casusnummer: string, extra: Record<string, unknown> = {}) => ({
  casusnummer,
  omschrijving: "Vader drinkt geen alcohol als de kinderen thuis zijn.",
  wie: "Vader",
  perDatum: "2026-09-10",
  controle: "Navraag bij moeder en de huisarts.",
  afgesprokenOp: "2026-09-10",
  ...extra,
});

const ids = async (casusId: number) =>
  (await db.prisma.veiligheidsvoorwaarde.findMany({ where: { casusId }, orderBy: { volgnummer: "asc" } })).map(
    (v) => v.id,
  );

const moment = (casusnummer: string, datum: string, voorwaarden: unknown[], score = "5") => ({
  casusnummer,
  datum,
  veiligheidsscore: score,
  notitie: "",
  voorwaarden,
});

describe("the voorwaarden of a veiligheidsplan", () => {
  test("are numbered per casus and audited", async () => {
    const c = await inMonitoring();
    expect(await addVoorwaarde(voorwaarde(c.casus.nummer), team.cm)).toEqual({
      casusnummer: c.casus.nummer,
      volgnummer: 1,
    });
    expect((await addVoorwaarde(voorwaarde(c.casus.nummer, { wie: "Moeder" }), team.cm)).volgnummer).toBe(2);
    const [eerste] = await ids(c.casus.id);
    const ev = await db.prisma.auditEvent.findFirst({
      where: { entityType: "veiligheidsvoorwaarde", entityId: String(eerste), action: "CREATE" },
    });
    expect(ev).toMatchObject({ userId: team.cm.id, casusId: c.casus.id });
  });

  test("bad input: a Dutch message per field and nothing stored", async () => {
    const c = await inMonitoring();
    const fout = (extra: Record<string, unknown>) => addVoorwaarde(voorwaarde(c.casus.nummer, extra), team.cm);
    await expect(fout({ omschrijving: "  " })).rejects.toMatchObject({
      fieldErrors: { omschrijving: "Vul omschrijving in." },
    });
    await expect(fout({ omschrijving: "x".repeat(5000) })).rejects.toMatchObject({
      fieldErrors: { omschrijving: "Omschrijving mag hoogstens 500 tekens lang zijn." },
    });
    await expect(fout({ perDatum: "2026-09-09" })).rejects.toMatchObject({
      fieldErrors: { perDatum: "Per wanneer ligt vóór de datum waarop de voorwaarde is afgesproken." },
    });
    await expect(fout({ afgesprokenOp: "2026-08-01", perDatum: "2026-09-01" })).rejects.toMatchObject({
      fieldErrors: { afgesprokenOp: expect.stringContaining("vóór het begin van de casus") },
    });
    await expect(fout({ afgesprokenOp: "2099-01-01" })).rejects.toMatchObject({
      fieldErrors: { afgesprokenOp: expect.stringContaining("toekomst") },
    });
    expect(await ids(c.casus.id)).toEqual([]);
  });

  test("only on an open casus with a casemanager, by that casemanager", async () => {
    const c = await inMonitoring();
    await expect(addVoorwaarde(voorwaarde(c.casus.nummer), team.cm2)).rejects.toBeInstanceOf(NotFound);
    await expect(addVoorwaarde(voorwaarde(c.casus.nummer), team.gw)).rejects.toBeInstanceOf(Forbidden);
    await expect(addVoorwaarde(voorwaarde(c.casus.nummer), team.triage)).rejects.toBeInstanceOf(Forbidden);
    await db.prisma.casus.update({ where: { id: c.casus.id }, data: { einddatum: d("2026-11-30") } });
    await expect(addVoorwaarde(voorwaarde(c.casus.nummer), team.cm)).rejects.toThrow(/De casus is gesloten/);
    // A casus still in the voordeur (no casemanager) is in no casemanager's scope.
    const voordeur = await makeTeamCasus(db.prisma, team, { casemanager: null });
    await expect(addVoorwaarde(voorwaarde(voordeur.casus.nummer), { ...team.tl, role: "CASEMANAGER" })).rejects.toThrow(
      NotFound,
    );
    expect(await ids(c.casus.id)).toEqual([]);
  });

  test("a change keeps the old and the new values with the reason; an ended voorwaarde no longer changes", async () => {
    const c = await inMonitoring();
    await addVoorwaarde(voorwaarde(c.casus.nummer), team.cm);
    const [id] = await ids(c.casus.id);
    const wijziging = {
      ...voorwaarde(c.casus.nummer, { wie: "Vader en oom" }),
      id,
      version: 1,
      reden: "Oom houdt toezicht.",
    };
    await expect(wijzigVoorwaarde({ ...wijziging, reden: "" }, team.cm)).rejects.toMatchObject({
      fieldErrors: { reden: "Vul reden van de wijziging in." },
    });
    await wijzigVoorwaarde(wijziging, team.cm);
    const correctie = await db.prisma.correctie.findFirstOrThrow({ where: { entityType: "veiligheidsvoorwaarde" } });
    expect(correctie).toMatchObject({ entityId: id, reden: "Oom houdt toezicht." });
    expect(correctie.wijzigingen).toEqual([{ veld: "wie", label: "Wie", oud: "Vader", nieuw: "Vader en oom" }]);
    await expect(wijzigVoorwaarde(wijziging, team.cm)).rejects.toBeDefined(); // stale version
    await expect(
      beeindigVoorwaarde(
        { casusnummer: c.casus.nummer, id, version: 2, beeindigdOp: "2026-09-01", reden: "Klaar" },
        team.cm,
      ),
    ).rejects.toMatchObject({ fieldErrors: { beeindigdOp: expect.stringContaining("vóór de afspraak") } });
    await beeindigVoorwaarde(
      { casusnummer: c.casus.nummer, id, version: 2, beeindigdOp: "2026-10-01", reden: "Vader is verhuisd." },
      team.cm,
    );
    await expect(
      beeindigVoorwaarde(
        { casusnummer: c.casus.nummer, id, version: 3, beeindigdOp: "2026-10-02", reden: "Nogmaals" },
        team.cm,
      ),
    ).rejects.toBeInstanceOf(RuleViolation);
    await expect(wijzigVoorwaarde({ ...wijziging, version: 3, wie: "Oom" }, team.cm)).rejects.toBeInstanceOf(
      RuleViolation,
    );
    // After its end it is not judged any more.
    await addMonitoringsmoment(moment(c.casus.nummer, "2026-10-15", []), team.cm);
  });
});

describe("judging the voorwaarden at a monitoringsmoment", () => {
  test("every voorwaarde that holds on the date is judged, only those, and only of this casus", async () => {
    const c = await inMonitoring();
    const ander = await inMonitoring();
    await addVoorwaarde(voorwaarde(c.casus.nummer), team.cm);
    await addVoorwaarde(voorwaarde(c.casus.nummer, { afgesprokenOp: "2026-10-20", perDatum: "2026-10-20" }), team.cm);
    await addVoorwaarde(voorwaarde(ander.casus.nummer), team.cm);
    const [een, twee] = await ids(c.casus.id);
    const [vreemd] = await ids(ander.casus.id);
    const nagekomen = (voorwaardeId: number) => ({ voorwaardeId, oordeel: "NAGEKOMEN", notitie: "" });

    await expect(addMonitoringsmoment(moment(c.casus.nummer, "2026-10-01", []), team.cm)).rejects.toMatchObject({
      fieldErrors: { voorwaarden: "Beoordeel ook voorwaarde 1: die gold op 1 oktober 2026." },
    });
    await expect(
      addMonitoringsmoment(moment(c.casus.nummer, "2026-10-01", [nagekomen(een), nagekomen(twee)]), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { voorwaarden: expect.stringContaining("Voorwaarde 2 gold niet op") } });
    await expect(
      addMonitoringsmoment(moment(c.casus.nummer, "2026-10-01", [nagekomen(een), nagekomen(vreemd)]), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { voorwaarden: "Een beoordeelde voorwaarde hoort niet bij deze casus." } });
    await expect(
      addMonitoringsmoment(moment(c.casus.nummer, "2026-10-01", [{ voorwaardeId: een, oordeel: "" }]), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { "voorwaarden.0.oordeel": "Kies nagekomen, deels of niet nagekomen." } });
    await expect(
      addMonitoringsmoment(moment(c.casus.nummer, "2026-10-01", [nagekomen(een), nagekomen(een)]), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { voorwaarden: "Een voorwaarde is twee keer beoordeeld." } });
    expect(await db.prisma.monitoringsmoment.count({ where: { casusId: c.casus.id } })).toBe(0);

    await addMonitoringsmoment(
      moment(c.casus.nummer, "2026-10-01", [{ voorwaardeId: een, oordeel: "DEELS", notitie: "Eén keer gedronken." }]),
      team.cm,
    );
    await addMonitoringsmoment(moment(c.casus.nummer, "2026-11-01", [nagekomen(twee), nagekomen(een)]), team.cm);
    const view = await getMonitoringView(team.cm, c.casus.nummer);
    expect(view?.plan.punten.map((p) => [p.datum, p.nagekomen, p.deels, p.niet])).toEqual([
      ["2026-10-01", 0, 1, 0],
      ["2026-11-01", 2, 0, 0],
    ]);
    expect(Object.values(view!.plan.voorwaarden[0].oordelen).map((o) => o.notitie)).toContain("Eén keer gedronken.");
  });

  test("the database keeps a score with a voorwaarde and a moment of the same casus", async () => {
    const c = await inMonitoring();
    const ander = await inMonitoring();
    await addVoorwaarde(voorwaarde(ander.casus.nummer), team.cm);
    const [vreemd] = await ids(ander.casus.id);
    const t = await addMonitoringsmoment(moment(c.casus.nummer, "2026-10-01", []), team.cm);
    const m = await db.prisma.monitoringsmoment.findUniqueOrThrow({ where: { nummer: t.monitoringnummer } });
    await expect(
      db.prisma.voorwaardeScore.create({
        data: { casusId: c.casus.id, monitoringsmomentId: m.id, voorwaardeId: vreemd, oordeel: "NIET" },
      }),
    ).rejects.toThrow();
  });

  test("not met at two moments in a row: 'Heroverwegen' for the casemanager and the teamleider, once", async () => {
    const c = await inMonitoring();
    await addVoorwaarde(voorwaarde(c.casus.nummer), team.cm);
    await addVoorwaarde(voorwaarde(c.casus.nummer, { wie: "Moeder" }), team.cm);
    const [een, twee] = await ids(c.casus.id);
    const oordeel = (voorwaardeId: number, o: string) => ({ voorwaardeId, oordeel: o, notitie: "" });
    const heroverwegen = () =>
      db.prisma.signaal.findMany({ where: { casusId: c.casus.id, soort: "VOORWAARDE" }, orderBy: { userId: "asc" } });

    await addMonitoringsmoment(
      moment(c.casus.nummer, "2026-10-01", [oordeel(een, "NIET"), oordeel(twee, "NIET")]),
      team.cm,
    );
    await addMonitoringsmoment(
      moment(c.casus.nummer, "2026-10-15", [oordeel(een, "DEELS"), oordeel(twee, "NIET")]),
      team.cm,
    );
    expect(await heroverwegen()).toHaveLength(2);
    const signalen = await heroverwegen();
    expect(signalen.map((s) => s.userId).sort()).toEqual([team.cm.id, team.tl.id].sort());
    expect(signalen[0]).toMatchObject({
      tekst: `Heroverwegen: Voorwaarde 2 van casus ${c.casus.nummer} twee keer op rij niet nagekomen.`,
      href: `/casussen/${c.casus.nummer}/veiligheidsplan`,
    });
    const r = await addMonitoringsmoment(
      moment(c.casus.nummer, "2026-11-01", [oordeel(een, "NIET"), oordeel(twee, "NAGEKOMEN")]),
      team.cm,
    );
    expect(r.heroverwegen).toEqual([]); // voorwaarde 1: niet, deels, niet — never twice in a row
    expect(await heroverwegen()).toHaveLength(2);
    const view = await getMonitoringView(team.tl, c.casus.nummer);
    expect(view?.plan.voorwaarden.map((v) => v.heroverwegen)).toEqual([false, false]);
  });
});
