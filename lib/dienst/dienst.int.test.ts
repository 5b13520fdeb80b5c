import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { Forbidden, NotFound } from "@/lib/auth/errors";
import { toIsoDate, addDays, todayInAmsterdam } from "@/lib/domain/dates";
import { startDienst } from "./commands";
import { getDienstStartView, getDienstView } from "./queries";
import { type Team, countRows, makeTeam, makeTeamCasus } from "@/lib/testing/factories";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

const start = (casusnummer: string, meldingId: number, extra: Record<string, unknown> = {}) => ({
  casusnummer,
  meldingId: String(meldingId),
  soort: "O",
  startdatum: "2026-09-07",
  ...extra,
});

describe("dienst starten", () => {
  test("refused without a beoordeling, with a draft one, and after another decision than 01", async () => {
    const geen = await makeTeamCasus(db.prisma, team, { beoordeling: null });
    await expect(startDienst(start(geen.casus.nummer, geen.melding.id), team.cm)).rejects.toThrow(
      "De veiligheidsbeoordeling van deze melding is nog niet definitief",
    );
    const concept = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "01", definitief: false } });
    await expect(startDienst(start(concept.casus.nummer, concept.melding.id), team.cm)).rejects.toThrow(
      "nog niet definitief",
    );
    const overdracht = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "02" } });
    await expect(startDienst(start(overdracht.casus.nummer, overdracht.melding.id), team.cm)).rejects.toThrow(
      "Vervolgstappen beleggen bij Veilig Thuis",
    );
    expect(
      await db.prisma.dienst.count({
        where: { casusId: { in: [geen.casus.id, concept.casus.id, overdracht.casus.id] } },
      }),
    ).toBe(0);
  });

  test("starts after a final beoordeling 01, with its audit event; the page view shows the 10-week deadline", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const r = await startDienst(start(c.casus.nummer, c.melding.id), team.cm);
    expect(r.dienstnummer).toMatch(/^D\d{4}-\d{6}$/);
    const dienst = await db.prisma.dienst.findUniqueOrThrow({ where: { nummer: r.dienstnummer } });
    expect(dienst).toMatchObject({
      soort: "O",
      status: "LOPEND",
      beoordelingId: c.beoordeling!.id,
      uitvoerderId: team.cm.id,
      einddatum: null,
    });
    const ev = await db.prisma.auditEvent.findFirst({
      where: { entityType: "dienst", entityId: String(dienst.id), action: "CREATE" },
    });
    expect(ev).toMatchObject({
      userId: team.cm.id,
      casusId: c.casus.id,
      outcome: "SUCCESS",
      betrokkeneIds: [c.betrokkene.id],
    });
    const view = await getDienstView(team.cm, c.casus.nummer, r.dienstnummer);
    expect(view?.termijn?.deadline).toBe("2026-11-12"); // beoordeling 3 september + 10 weken
    expect(view?.termijn?.verstreken).toBe(toIsoDate(todayInAmsterdam()) > "2026-11-12");
    if (view?.termijn?.verstreken) expect(view.termijn.tekst).toMatch(/verlopen/);
    // a second dienst after the same beoordeling is refused
    await expect(startDienst(start(c.casus.nummer, c.melding.id, { soort: "V" }), team.cm)).rejects.toThrow(
      "Er loopt al een dienst na deze veiligheidsbeoordeling",
    );
  });

  test("startdatum: not before the beoordeling, not in the future, a real date", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const before = await countRows(db.prisma);
    await expect(
      startDienst(start(c.casus.nummer, c.melding.id, { startdatum: "2026-09-02" }), team.cm),
    ).rejects.toMatchObject({
      fieldErrors: { startdatum: "De startdatum ligt vóór de veiligheidsbeoordeling van 3 september 2026." },
    });
    const morgen = toIsoDate(addDays(todayInAmsterdam(), 1));
    await expect(
      startDienst(start(c.casus.nummer, c.melding.id, { startdatum: morgen }), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { startdatum: "Startdatum mag niet in de toekomst liggen." } });
    await expect(
      startDienst(start(c.casus.nummer, c.melding.id, { startdatum: "2026-02-30" }), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { startdatum: "Startdatum is geen geldige datum." } });
    await expect(startDienst(start(c.casus.nummer, c.melding.id, { soort: "X" }), team.cm)).rejects.toMatchObject({
      fieldErrors: { soort: "Kies de soort dienst." },
    });
    expect(await countRows(db.prisma)).toEqual(before);
  });

  test("a case manager cannot act on a casus not assigned to them; other roles are refused", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const other = await makeTeamCasus(db.prisma, team);
    const before = await countRows(db.prisma);
    await expect(startDienst(start(c.casus.nummer, c.melding.id), team.cm2)).rejects.toBeInstanceOf(NotFound);
    // a melding of another casus, sent with this casusnummer, is not part of the casus
    await expect(startDienst(start(c.casus.nummer, other.melding.id), team.cm)).rejects.toThrow(
      "Deze melding hoort niet bij de casus",
    );
    for (const u of [team.triage, team.gw, team.tl, team.beheerder]) {
      await expect(startDienst(start(c.casus.nummer, c.melding.id), u)).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await countRows(db.prisma)).toEqual(before);
    expect(await getDienstStartView(team.cm2, c.casus.nummer)).toBeNull();
    const miss = await db.prisma.auditEvent.findFirst({
      where: { userId: team.cm2.id, outcome: "FAILURE", entityId: c.casus.nummer },
    });
    expect(miss?.action).toBe("READ");
  });

  test("the start view offers the beoordelingen a dienst can follow, or says why none", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const v = await getDienstStartView(team.cm, c.casus.nummer);
    expect(v?.opties.map((o) => o.meldingId)).toEqual([c.melding.id]);
    expect(v?.redenen).toEqual([]);
    const concept = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "01", definitief: false } });
    const w = await getDienstStartView(team.cm, concept.casus.nummer);
    expect(w?.opties).toEqual([]);
    expect(w?.redenen.join(" ")).toMatch(/nog niet vastgesteld/);
  });
});
