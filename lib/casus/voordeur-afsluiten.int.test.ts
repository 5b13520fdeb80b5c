// "Geen vervolgstappen nodig" / "Inzet regionaal maatwerk": vaststellen closes the voordeur casus when nothing
// blocks it; otherwise it stands on Af te sluiten with what blocks it, and triage or the teamleider closes it.
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { Forbidden, NotFound } from "@/lib/auth/errors";
import { addMelding, makeCasus, makeTeam, type Team } from "@/lib/testing/factories";
import { confirmBeoordeling, recordBeoordeling } from "@/lib/beoordeling/commands";
import { closeCasus } from "./close";
import { listAfTeSluiten } from "./voordeur-afsluiten";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

async function beoordeel(meldingNummer: string, inhoud: string, datum = "2026-11-20") {
  const b = await recordBeoordeling(
    { meldingNummer, datum, taxatie: "05", inhoud, toelichting: "", besluitMetId: team.gw.id },
    team.triage,
  );
  return confirmBeoordeling({ id: b.id, version: 1 }, team.gw);
}
const casus = (id: number) => db.prisma.casus.findUniqueOrThrow({ where: { id } });

describe("afsluiten na geen vervolgstappen", () => {
  test("vaststellen of 'Geen vervolgstappen nodig' closes the casus on its latest date, audited in the same step", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-18" });
    const r = await beoordeel(c.melding.nummer, "03");
    expect(r.afsluiten).toEqual({ gesloten: "2026-11-20" });
    expect((await casus(c.casus.id)).einddatum?.toISOString().slice(0, 10)).toBe("2026-11-20");
    const e = await db.prisma.auditEvent.findFirst({
      where: { casusId: c.casus.id, entityType: "casus" },
      orderBy: { id: "desc" },
    });
    expect(e).toMatchObject({ action: "UPDATE", detail: "casus gesloten: geen vervolgstappen door Veilig Thuis" });
    expect((await listAfTeSluiten(team.triage)).rijen.map((x) => x.casusnummer)).not.toContain(c.casus.nummer);
  });

  test("'Inzet regionaal maatwerk' with another melding still open: listed with what blocks it, closed when that is done", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-16" });
    const tweede = await addMelding(db.prisma, c.casus.id, [c.betrokkene.id], team.triage.id, "2026-11-19");
    const r = await beoordeel(c.melding.nummer, "04");
    expect(r.afsluiten).toEqual({
      blokkades: ["De melding van 19 november 2026 heeft nog geen definitieve veiligheidsbeoordeling"],
    });
    expect((await casus(c.casus.id)).einddatum).toBeNull();
    const lijst = await listAfTeSluiten(team.tl);
    expect(lijst.rijen.find((x) => x.casusnummer === c.casus.nummer)).toEqual({
      casusnummer: c.casus.nummer,
      familie: "Jansen",
      begindatum: "2026-11-16",
      beoordeling: { datum: "2026-11-20", inhoud: "Inzet regionaal maatwerk Veilig Thuis" },
      blokkades: ["De melding van 19 november 2026 heeft nog geen definitieve veiligheidsbeoordeling"],
    });
    const r2 = await beoordeel(tweede.nummer, "03", "2026-11-21");
    expect(r2.afsluiten).toEqual({ gesloten: "2026-11-21" });
  });

  test("an 'Overdracht' not yet recorded blocks it; triage closes the casus once it may", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, {
      datum: "2026-11-10",
      beoordeling: { datum: "2026-11-12", inhoud: "02", besluitMetId: team.gw.id },
    });
    const tweede = await addMelding(db.prisma, c.casus.id, [c.betrokkene.id], team.triage.id, "2026-11-17");
    const r = await beoordeel(tweede.nummer, "03");
    expect(r.afsluiten).toEqual({
      blokkades: ["De overdracht na de melding van 10 november 2026 is nog niet vastgelegd"],
    });
    const rij = (await listAfTeSluiten(team.triage)).rijen.find((x) => x.casusnummer === c.casus.nummer);
    expect(rij?.blokkades).toHaveLength(1);
    await db.prisma.overdracht.create({
      data: {
        casusId: c.casus.id,
        moment: 1,
        bronMeldingId: c.melding.id,
        datum: new Date("2026-11-20T00:00:00Z"),
        partij: "02",
        hulp: "1",
        createdById: team.triage.id,
      },
    });
    const na = (await listAfTeSluiten(team.triage)).rijen.find((x) => x.casusnummer === c.casus.nummer);
    expect(na?.blokkades).toEqual([]);
    const v = (await casus(c.casus.id)).version;
    await closeCasus({ casusnummer: c.casus.nummer, version: v, einddatum: "2026-11-20" }, team.triage);
    expect((await casus(c.casus.id)).einddatum?.toISOString().slice(0, 10)).toBe("2026-11-20");
  });

  test("a casus with a casemanager is not for the voordeur: not listed, not closed by vaststellen, triage can not close it", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-16", casemanagerId: team.cm.id });
    const r = await beoordeel(c.melding.nummer, "03");
    expect(r.afsluiten).toBeNull();
    expect((await listAfTeSluiten(team.tl)).rijen.map((x) => x.casusnummer)).not.toContain(c.casus.nummer);
    const v = (await casus(c.casus.id)).version;
    await expect(
      closeCasus({ casusnummer: c.casus.nummer, version: v, einddatum: "2026-11-20" }, team.triage),
    ).rejects.toBeInstanceOf(NotFound);
    await closeCasus({ casusnummer: c.casus.nummer, version: v, einddatum: "2026-11-20" }, team.cm);
  });

  test("'Vervolgstappen' awaiting a dienst keeps the casus off the list; only triage and the teamleider see it", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, {
      datum: "2026-11-16",
      beoordeling: { datum: "2026-11-17", inhoud: "01", besluitMetId: team.gw.id },
    });
    const tweede = await addMelding(db.prisma, c.casus.id, [c.betrokkene.id], team.triage.id, "2026-11-18");
    expect((await beoordeel(tweede.nummer, "03")).afsluiten).toBeNull();
    expect((await listAfTeSluiten(team.tl)).rijen.map((x) => x.casusnummer)).not.toContain(c.casus.nummer);
    for (const u of [team.cm, team.gw, team.beheerder]) {
      await expect(listAfTeSluiten(u)).rejects.toBeInstanceOf(Forbidden);
    }
  });
});
