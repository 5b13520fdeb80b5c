import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { Conflict, Forbidden, NotFound } from "@/lib/auth/errors";
import { addDays, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { startDienst, proposeDienstAfsluiting, decideDienstAfsluiting } from "@/lib/dienst/commands";
import { addOverdracht } from "@/lib/overdracht/commands";
import { addMonitoringsmoment } from "@/lib/monitoring/commands";
import { closeCasus, getCasusAfsluitenView } from "./close";
import { type Team, addTeamDienst, countRows, d, makeTeam, makeTeamCasus } from "@/lib/testing/factories";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

const sluit = (c: { nummer: string; version: number }, einddatum = "2026-11-20", version = c.version) => ({
  casusnummer: c.nummer,
  version,
  einddatum,
});

describe("casus afsluiten", () => {
  test("refused with an open dienst, naming the reason; the close page lists what blocks", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    await addTeamDienst(db.prisma, team, c, { soort: "O", status: "AFSLUITING_VOORGESTELD" });
    await expect(closeCasus(sluit(c.casus), team.cm)).rejects.toThrow(
      "De casus kan nog niet worden gesloten: De dienst Onderzoek van 7 september 2026 is nog niet afgesloten.",
    );
    const v = await getCasusAfsluitenView(team.cm, c.casus.nummer);
    expect(v?.blokkades).toEqual(["De dienst Onderzoek van 7 september 2026 is nog niet afgesloten"]);
    expect((await db.prisma.casus.findUniqueOrThrow({ where: { id: c.casus.id } })).einddatum).toBeNull();
  });

  test("refused while a melding has no final beoordeling", async () => {
    const c = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "03", definitief: false } });
    await expect(closeCasus(sluit(c.casus), team.cm)).rejects.toThrow(
      "De melding van 1 september 2026 heeft nog geen definitieve veiligheidsbeoordeling",
    );
  });

  test("einddatum on or after every date in the casus and not in the future; nothing stored on failure", async () => {
    const c = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "02" } });
    await db.prisma.overdracht.create({
      data: {
        casusId: c.casus.id,
        moment: 1,
        bronMeldingId: c.melding.id,
        datum: d("2026-09-10"),
        partij: "02",
        createdById: team.cm.id,
      },
    });
    await db.prisma.monitoringsmoment.create({
      data: { casusId: c.casus.id, datum: d("2026-10-22"), veiligheidsscore: 8, createdById: team.cm.id },
    });
    const before = await countRows(db.prisma);
    await expect(closeCasus(sluit(c.casus, "2026-10-21"), team.cm)).rejects.toMatchObject({
      fieldErrors: { einddatum: "De einddatum moet op of na 22 oktober 2026 liggen, de laatste datum in de casus." },
    });
    await expect(closeCasus(sluit(c.casus, toIsoDate(addDays(todayInAmsterdam(), 1))), team.cm)).rejects.toMatchObject({
      fieldErrors: { einddatum: "Einddatum mag niet in de toekomst liggen." },
    });
    expect(await countRows(db.prisma)).toEqual(before);
    expect((await getCasusAfsluitenView(team.cm, c.casus.nummer))?.minEinddatum).toBe("2026-10-22");
    await closeCasus(sluit(c.casus, "2026-10-22"), team.cm);
    const closed = await db.prisma.casus.findUniqueOrThrow({ where: { id: c.casus.id } });
    expect(toIsoDate(closed.einddatum!)).toBe("2026-10-22");
    const ev = await db.prisma.auditEvent.findFirst({
      where: { entityType: "casus", entityId: String(c.casus.id), action: "UPDATE" },
    });
    expect(ev).toMatchObject({ userId: team.cm.id, casusId: c.casus.id, detail: "casus gesloten" });
    await expect(closeCasus(sluit(closed), team.cm)).rejects.toThrow("De casus is al gesloten.");
  });

  test("after closing, dienst, overdracht and monitoring are refused", async () => {
    // A full run through the steps: dienst, four-eyes closing, overdracht, monitoring, close.
    const c = await makeTeamCasus(db.prisma, team);
    const dienst = await startDienst(
      { casusnummer: c.casus.nummer, meldingId: c.melding.id, soort: "V", startdatum: "2026-09-07" },
      team.cm,
    );
    const row = await db.prisma.dienst.findUniqueOrThrow({ where: { nummer: dienst.dienstnummer } });
    await proposeDienstAfsluiting(
      {
        casusnummer: c.casus.nummer,
        dienstId: row.id,
        version: 1,
        einddatum: "2026-10-01",
        aardConclusie: ["03"],
        duur: "04",
      },
      team.cm,
    );
    await decideDienstAfsluiting(
      { casusnummer: c.casus.nummer, dienstId: row.id, version: 2, besluit: "bevestigen" },
      team.gw,
    );
    await addOverdracht(
      {
        casusnummer: c.casus.nummer,
        bron: `D:${row.id}`,
        datum: "2026-10-02",
        partij: "02",
        hulp: "2",
        betrokkeneIds: [c.betrokkene.id],
      },
      team.cm,
    );
    await addMonitoringsmoment({ casusnummer: c.casus.nummer, datum: "2026-11-13", veiligheidsscore: "7" }, team.cm);
    await closeCasus(sluit(c.casus, "2026-11-20"), team.cm);

    const gesloten = "De casus is gesloten; er kan niets meer aan worden toegevoegd";
    const second = await db.prisma.melding.create({
      data: {
        casusId: c.casus.id,
        datumMelding: d("2026-09-20"),
        functieRol: "33",
        organisatie: "15",
        aard: ["01"],
        createdById: team.triage.id,
      },
    });
    await db.prisma.veiligheidsbeoordeling.create({
      data: {
        meldingId: second.id,
        casusId: c.casus.id,
        datum: d("2026-09-22"),
        inhoud: "01",
        taxatie: "02",
        besluitMetId: team.gw.id,
        createdById: team.triage.id,
        vastgesteldDoorId: team.gw.id,
        vastgesteldOp: new Date(),
      },
    });
    const before = await countRows(db.prisma);
    await expect(
      startDienst({ casusnummer: c.casus.nummer, meldingId: second.id, soort: "O", startdatum: "2026-11-20" }, team.cm),
    ).rejects.toThrow(gesloten);
    await expect(
      addOverdracht(
        {
          casusnummer: c.casus.nummer,
          bron: `D:${row.id}`,
          datum: "2026-11-20",
          partij: "02",
          hulp: "2",
          betrokkeneIds: [c.betrokkene.id],
        },
        team.cm,
      ),
    ).rejects.toThrow(gesloten);
    await expect(
      addMonitoringsmoment({ casusnummer: c.casus.nummer, datum: "2026-11-20", veiligheidsscore: "7" }, team.cm),
    ).rejects.toThrow(gesloten);
    await expect(
      proposeDienstAfsluiting(
        {
          casusnummer: c.casus.nummer,
          dienstId: row.id,
          version: 3,
          einddatum: "2026-10-01",
          aardConclusie: ["03"],
          duur: "04",
        },
        team.cm,
      ),
    ).rejects.toThrow(gesloten);
    expect(await countRows(db.prisma)).toEqual(before);
  });

  test("a stale close is refused; a case manager cannot close a casus not assigned to them, nor triage one with a casemanager", async () => {
    const c = await makeTeamCasus(db.prisma, team, { beoordeling: { inhoud: "03" } });
    await expect(closeCasus(sluit(c.casus), team.cm2)).rejects.toBeInstanceOf(NotFound);
    await expect(closeCasus(sluit(c.casus), team.triage)).rejects.toBeInstanceOf(NotFound);
    await expect(closeCasus(sluit(c.casus), team.gw)).rejects.toBeInstanceOf(Forbidden);
    await db.prisma.casus.update({
      where: { id: c.casus.id },
      data: { gemeentecode: "0606", version: { increment: 1 } },
    });
    await expect(closeCasus(sluit(c.casus), team.cm)).rejects.toBeInstanceOf(Conflict);
    expect(await getCasusAfsluitenView(team.cm2, c.casus.nummer)).toBeNull();
    await closeCasus(sluit(c.casus, "2026-11-20", c.casus.version + 1), team.tl); // the teamleider may close too
    expect((await db.prisma.casus.findUniqueOrThrow({ where: { id: c.casus.id } })).einddatum).not.toBeNull();
  });
});
