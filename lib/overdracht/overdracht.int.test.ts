import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { Forbidden, NotFound } from "@/lib/auth/errors";
import { addDays, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { addOverdracht } from "./commands";
import { getOverdrachtFormView } from "./queries";
import { type Team, addBetrokkene, addTeamDienst, countRows, makeTeam, makeTeamCasus } from "@/lib/testing/factories";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

const overdracht = (
  casusnummer: string,
  bron: string,
  betrokkeneIds: unknown,
  extra: Record<string, unknown> = {},
) => ({ casusnummer, bron, datum: "2026-11-05", partij: "02", hulp: "2", betrokkeneIds, toelichting: "", ...extra });

describe("overdracht", () => {
  test("moment 1 only after a final beoordeling 'Overdracht' (02); triage may record it", async () => {
    const vervolg = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "01" } });
    const concept = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "02", definitief: false } });
    const before = await countRows(db.prisma);
    await expect(
      addOverdracht(overdracht(vervolg.casus.nummer, `M:${vervolg.melding.id}`, [vervolg.betrokkene.id]), team.cm),
    ).rejects.toThrow("Overdracht na de veiligheidsbeoordeling kan alleen bij de beslissing 'Overdracht'");
    await expect(
      addOverdracht(overdracht(concept.casus.nummer, `M:${concept.melding.id}`, [concept.betrokkene.id]), team.triage),
    ).rejects.toThrow("nog niet definitief");
    expect(await countRows(db.prisma)).toEqual(before);

    // In the voordeur (no casemanager): triage does the overdracht after its beoordeling.
    const c = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "02" }, casemanager: null });
    // Straight after the beoordeling only to the parties the protocol names (list I 01–04), not to the police.
    const politie = await addOverdracht(
      overdracht(c.casus.nummer, `M:${c.melding.id}`, [String(c.betrokkene.id)], { partij: "06" }),
      team.triage,
    ).catch((e) => e);
    expect(politie.fieldErrors).toEqual({ partij: expect.stringMatching(/^Direct na de veiligheidsbeoordeling/) });
    const r = await addOverdracht(
      overdracht(c.casus.nummer, `M:${c.melding.id}`, [String(c.betrokkene.id)]),
      team.triage,
    );
    expect(r.moment).toBe(1);
    const o = await db.prisma.overdracht.findUniqueOrThrow({
      where: { nummer: r.overdrachtnummer },
      include: { betrokkenen: true },
    });
    expect(o).toMatchObject({
      moment: 1,
      bronMeldingId: c.melding.id,
      bronDienstId: null,
      partij: "02",
      hulp: "2",
      createdById: team.triage.id,
    });
    expect(o.betrokkenen.map((b) => b.betrokkeneId)).toEqual([c.betrokkene.id]);
    const ev = await db.prisma.auditEvent.findFirst({
      where: { entityType: "overdracht", entityId: String(o.id), action: "CREATE" },
    });
    expect(ev).toMatchObject({ userId: team.triage.id, casusId: c.casus.id, betrokkeneIds: [c.betrokkene.id] });
  });

  test("moment 2 / 3 after a closed dienst, one row per chosen betrokkene; not while the dienst is open; not by triage", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const tweede = await addBetrokkene(db.prisma, c.casus.id, "Sem");
    const derde = await addBetrokkene(db.prisma, c.casus.id, "Noa");
    const open = await addTeamDienst(db.prisma, team, c, { soort: "O", status: "AFSLUITING_VOORGESTELD" });
    await expect(addOverdracht(overdracht(c.casus.nummer, `D:${open.id}`, [c.betrokkene.id]), team.cm)).rejects.toThrow(
      "De dienst Onderzoek is nog niet afgesloten",
    );
    await db.prisma.dienst.update({
      where: { id: open.id },
      data: { status: "AFGESLOTEN", afsluitingBevestigdDoorId: team.gw.id, afsluitingBevestigdOp: new Date() },
    });
    // Triage does not even find a casus with a casemanager and no melding in the voordeur (need to know).
    await expect(
      addOverdracht(overdracht(c.casus.nummer, `D:${open.id}`, [c.betrokkene.id]), team.triage),
    ).rejects.toBeInstanceOf(NotFound);
    // date: not before the end of the dienst, not in the future
    await expect(
      addOverdracht(overdracht(c.casus.nummer, `D:${open.id}`, [c.betrokkene.id], { datum: "2026-10-29" }), team.cm),
    ).rejects.toMatchObject({
      fieldErrors: { datum: "De datum overdracht ligt vóór het einde van de dienst (30 oktober 2026)." },
    });
    await expect(
      addOverdracht(
        overdracht(c.casus.nummer, `D:${open.id}`, [c.betrokkene.id], {
          datum: toIsoDate(addDays(todayInAmsterdam(), 1)),
        }),
        team.cm,
      ),
    ).rejects.toMatchObject({ fieldErrors: { datum: "Datum overdracht mag niet in de toekomst liggen." } });
    await expect(addOverdracht(overdracht(c.casus.nummer, `D:${open.id}`, []), team.cm)).rejects.toMatchObject({
      fieldErrors: { betrokkeneIds: "Kies ten minste één betrokkene." },
    });
    const r = await addOverdracht(overdracht(c.casus.nummer, `D:${open.id}`, [c.betrokkene.id, derde.id]), team.cm);
    expect(r.moment).toBe(3);
    const rows = await db.prisma.overdrachtBetrokkene.findMany({
      where: { overdracht: { nummer: r.overdrachtnummer } },
    });
    expect(rows.map((x) => x.betrokkeneId).sort()).toEqual([c.betrokkene.id, derde.id].sort());
    expect(rows.some((x) => x.betrokkeneId === tweede.id)).toBe(false);
  });

  test("a betrokkene of another casus is refused and nothing is stored", async () => {
    const c = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "02" } });
    const other = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "02" } });
    const before = await countRows(db.prisma);
    await expect(
      addOverdracht(overdracht(c.casus.nummer, `M:${c.melding.id}`, [c.betrokkene.id, other.betrokkene.id]), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { betrokkeneIds: "Een gekozen betrokkene hoort niet bij deze casus." } });
    // the database refuses it too (composite foreign key on casus)
    const o = await db.prisma.overdracht.create({
      data: {
        casusId: c.casus.id,
        moment: 1,
        bronMeldingId: c.melding.id,
        datum: new Date("2026-11-05"),
        partij: "02",
        createdById: team.cm.id,
      },
    });
    await expect(
      db.prisma.overdrachtBetrokkene.create({
        data: { overdrachtId: o.id, casusId: c.casus.id, betrokkeneId: other.betrokkene.id },
      }),
    ).rejects.toThrow();
    await db.prisma.overdracht.delete({ where: { id: o.id } });
    // a melding of another casus is not a source of this one
    await expect(
      addOverdracht(overdracht(c.casus.nummer, `M:${other.melding.id}`, [c.betrokkene.id]), team.cm),
    ).rejects.toThrow("Deze melding hoort niet bij de casus");
    await expect(addOverdracht(overdracht(c.casus.nummer, "X:1", [c.betrokkene.id]), team.cm)).rejects.toMatchObject({
      fieldErrors: { bron: expect.any(String) },
    });
    expect(await countRows(db.prisma)).toEqual(before);
  });

  test("scope: a case manager cannot record one in a casus not assigned to them; gedragswetenschapper has no permission", async () => {
    const c = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "02" } });
    await expect(
      addOverdracht(overdracht(c.casus.nummer, `M:${c.melding.id}`, [c.betrokkene.id]), team.cm2),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      addOverdracht(overdracht(c.casus.nummer, `M:${c.melding.id}`, [c.betrokkene.id]), team.gw),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await getOverdrachtFormView(team.cm2, c.casus.nummer)).toBeNull();
  });

  test("the form view offers only allowed sources and the casus's betrokkenen", async () => {
    const c = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "01" } });
    const dienst = await addTeamDienst(db.prisma, team, c, { soort: "V", status: "AFGESLOTEN" });
    const v = await getOverdrachtFormView(team.cm, c.casus.nummer);
    expect(v?.bronnen).toEqual([
      expect.objectContaining({ value: `D:${dienst.id}`, moment: 2, minDatum: "2026-10-30" }),
    ]);
    expect(v?.betrokkenen.map((b) => b.id)).toEqual([c.betrokkene.id]);
    // Triage: the casus has a casemanager and no melding in the voordeur, so it is outside triage's scope.
    expect(await getOverdrachtFormView(team.triage, c.casus.nummer)).toBeNull();
    const voordeur = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "01" }, casemanager: null });
    const t = await getOverdrachtFormView(team.triage, voordeur.casus.nummer);
    expect(t?.bronnen).toEqual([]);
    expect(t?.redenen[0]).toMatch(/Er is nog niets om over te dragen/);
  });
});
