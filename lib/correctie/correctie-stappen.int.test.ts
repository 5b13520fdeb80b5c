// Corrections of the achterdeur's records, those under four eyes, and of an advies.
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { type Team, addBetrokkene, makeTeam, makeTeamCasus, seedGemeenten } from "@/lib/testing/factories";
import { correctCasusGemeente, correctMonitoring, correctOverdracht } from "./stappen";
import { correctBeoordeling, correctDienst } from "./vier-ogen";
import { confirmBeoordeling } from "@/lib/beoordeling/commands";
import { Forbidden } from "@/lib/auth/errors";
import { getAdviesHistorie, getWijzigingshistorie } from "./queries";
import { correctAdvies } from "./advies";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

describe("correcting an overdracht, a monitoringsmoment and the gemeente", () => {
  async function metOverdracht() {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-09-01", beoordeling: { inhoud: "02" } });
    const o = await db.prisma.overdracht.create({
      data: {
        casusId: c.casus.id,
        moment: 1,
        bronMeldingId: c.melding.id,
        datum: new Date("2026-09-10"),
        partij: "02",
        hulp: "2",
        createdById: team.cm.id,
        betrokkenen: { create: [{ betrokkeneId: c.betrokkene.id }] },
      },
    });
    return { ...c, o };
  }
  const ov = (c: Awaited<ReturnType<typeof metOverdracht>>, extra: Record<string, unknown> = {}) => ({
    casusnummer: c.casus.nummer,
    overdrachtId: c.o.id,
    version: 1,
    reden: "Verkeerde partij gekozen",
    datum: "2026-09-10",
    partij: "03",
    hulp: "2",
    betrokkeneIds: [String(c.betrokkene.id)],
    toelichting: "",
    ...extra,
  });

  test("an overdracht: partij and betrokkenen corrected, not before its beoordeling", async () => {
    const c = await metOverdracht();
    await expect(correctOverdracht(ov(c, { datum: "2026-09-01" }), team.cm)).rejects.toMatchObject({
      fieldErrors: { datum: expect.stringMatching(/vóór de veiligheidsbeoordeling/) },
    });
    await expect(correctOverdracht(ov(c, { betrokkeneIds: [] }), team.cm)).rejects.toMatchObject({
      fieldErrors: { betrokkeneIds: "Kies ten minste één betrokkene." },
    });
    const tweede = await addBetrokkene(db.prisma, c.casus.id, "Tim");
    await correctOverdracht(ov(c, { betrokkeneIds: [String(c.betrokkene.id), String(tweede.id)] }), team.cm);
    const o = await db.prisma.overdracht.findUniqueOrThrow({ where: { id: c.o.id }, include: { betrokkenen: true } });
    expect(o.partij).toBe("03");
    expect(o.betrokkenen).toHaveLength(2);
    const [h] = (await getWijzigingshistorie(team.cm, c.casus.nummer))!;
    expect(h.wijzigingen.map((w) => w.label)).toEqual(["Partij", "Betrokkenen"]);
    expect(h).toMatchObject({ record: `Overdracht ${c.o.nummer}`, door: team.cm.displayName });
  });

  test("a monitoringsmoment and the gemeente", async () => {
    const c = await metOverdracht();
    const t = await db.prisma.monitoringsmoment.create({
      data: { casusId: c.casus.id, datum: new Date("2026-10-01"), veiligheidsscore: 5, createdById: team.cm.id },
    });
    const m = { casusnummer: c.casus.nummer, momentId: t.id, version: 1, reden: "Score verkeerd getypt", notitie: "" };
    await expect(
      correctMonitoring({ ...m, datum: "2026-10-01", veiligheidsscore: "11" }, team.cm),
    ).rejects.toMatchObject({ fieldErrors: { veiligheidsscore: expect.stringMatching(/0 tot en met 10/) } });
    await expect(
      correctMonitoring({ ...m, datum: "2026-09-01", veiligheidsscore: "7" }, team.cm),
    ).rejects.toMatchObject({
      fieldErrors: { datum: expect.stringMatching(/vóór de eerste overdracht/) },
    });
    await correctMonitoring({ ...m, datum: "2026-10-01", veiligheidsscore: "7" }, team.cm);
    expect((await db.prisma.monitoringsmoment.findUniqueOrThrow({ where: { id: t.id } })).veiligheidsscore).toBe(7);

    await seedGemeenten(db.prisma);
    const g = { casusnummer: c.casus.nummer, version: 1, reden: "Gezin woont in Rotterdam" };
    await expect(correctCasusGemeente({ ...g, gemeentecode: "9999" }, team.cm)).rejects.toMatchObject({
      fieldErrors: { gemeentecode: expect.stringMatching(/Kies een gemeente uit de lijst/) },
    });
    await correctCasusGemeente({ ...g, gemeentecode: "0606" }, team.cm);
    const [gemeente, moment] = (await getWijzigingshistorie(team.cm, c.casus.nummer))!;
    expect(gemeente).toMatchObject({ record: `Casus ${c.casus.nummer}`, wijzigingen: [{ label: "Gemeente" }] });
    expect(moment).toMatchObject({ record: `Monitoring ${t.nummer}`, reden: "Score verkeerd getypt" });
  });
});

describe("corrections under four eyes (teamleider), asked again afterwards", () => {
  test("a vastgestelde beoordeling: corrected by the teamleider, then vastgesteld by someone else", async () => {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-09-01", beoordeling: { inhoud: "03" } });
    const b = {
      casusnummer: c.casus.nummer,
      beoordelingId: c.beoordeling!.id,
      version: 1,
      reden: "Taxatie verkeerd gekozen",
    };
    const velden = { datum: "2026-09-03", taxatie: "02", inhoud: "03", toelichting: "" };
    await expect(correctBeoordeling({ ...b, ...velden }, team.cm)).rejects.toBeInstanceOf(Forbidden);
    await expect(correctBeoordeling({ ...b, ...velden, datum: "2026-08-01" }, team.tl)).rejects.toMatchObject({
      fieldErrors: { datum: expect.stringMatching(/vóór de datum melding/) },
    });
    await correctBeoordeling({ ...b, ...velden }, team.tl);
    const na = await db.prisma.veiligheidsbeoordeling.findUniqueOrThrow({ where: { id: c.beoordeling!.id } });
    expect(na).toMatchObject({ taxatie: "02", vastgesteldOp: null, createdById: team.tl.id });
    await expect(confirmBeoordeling({ id: na.id, version: na.version }, team.tl)).rejects.toThrow(/vier ogen/);
    await confirmBeoordeling({ id: na.id, version: na.version }, team.gw);
    const [h] = (await getWijzigingshistorie(team.tl, c.casus.nummer))!;
    expect(h.record).toBe(`Beoordeling ${na.nummer}`);
  });

  test("a beoordeling with a dienst keeps its inhoud; a closed casus is reopened first", async () => {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-09-01" });
    await db.prisma.dienst.create({
      data: { casusId: c.casus.id, beoordelingId: c.beoordeling!.id, soort: "V", startdatum: new Date("2026-09-10") },
    });
    const b = { casusnummer: c.casus.nummer, beoordelingId: c.beoordeling!.id, version: 1, reden: "x" };
    await expect(
      correctBeoordeling({ ...b, datum: "2026-09-03", taxatie: "02", inhoud: "03", toelichting: "" }, team.tl),
    ).rejects.toMatchObject({ fieldErrors: { inhoud: expect.stringMatching(/dienst gestart/) } });
    await db.prisma.casus.update({ where: { id: c.casus.id }, data: { einddatum: new Date("2026-10-01") } });
    await expect(
      correctBeoordeling({ ...b, datum: "2026-09-03", taxatie: "02", inhoud: "01", toelichting: "" }, team.tl),
    ).rejects.toThrow(/Heropen eerst de casus/);
  });

  test("a confirmed dienst closing: corrected, then confirmed again by someone else", async () => {
    const c = await makeTeamCasus(db.prisma, team, { datum: "2026-09-01" });
    const d = await db.prisma.dienst.create({
      data: {
        casusId: c.casus.id,
        beoordelingId: c.beoordeling!.id,
        soort: "V",
        startdatum: new Date("2026-09-10"),
        status: "AFGESLOTEN",
        einddatum: new Date("2026-10-20"),
        aardConclusie: ["01"],
        duur: "03",
        afsluitingVoorgesteldDoorId: team.cm.id,
        afsluitingBevestigdDoorId: team.gw.id,
        afsluitingBevestigdOp: new Date("2026-10-21T10:00:00Z"),
      },
    });
    const invoer = {
      casusnummer: c.casus.nummer,
      dienstId: d.id,
      version: 1,
      reden: "Einddatum was de dag van het eindgesprek",
      einddatum: "2026-10-15",
      aardConclusie: ["01"],
      aanvullendeInformatie: [],
      duur: "03",
      voortijdig: false,
      redenVoortijdig: "",
      toelichting: "",
    };
    await expect(correctDienst({ ...invoer, einddatum: "2026-09-01" }, team.tl)).rejects.toMatchObject({
      fieldErrors: { einddatum: expect.stringMatching(/vóór de startdatum/) },
    });
    await correctDienst(invoer, team.tl);
    const na = await db.prisma.dienst.findUniqueOrThrow({ where: { id: d.id } });
    expect(na).toMatchObject({
      status: "AFSLUITING_VOORGESTELD",
      afsluitingBevestigdOp: null,
      afsluitingVoorgesteldDoorId: team.tl.id,
    });
    expect(na.einddatum?.toISOString().slice(0, 10)).toBe("2026-10-15");
    const [h] = (await getWijzigingshistorie(team.tl, c.casus.nummer))!;
    expect(h.wijzigingen.map((w) => w.label)).toEqual(["Einddatum", "Afsluiting"]);
    expect(h.record).toBe(`Dienst ${d.nummer}`);
  });
});

describe("correcting an advies", () => {
  test("all attributes with the registration's rules; its own history", async () => {
    await seedGemeenten(db.prisma).catch(() => undefined); // may exist from an earlier test in this file
    const a = await db.prisma.advies.create({
      data: {
        startdatum: new Date("2026-10-05"),
        einddatum: new Date("2026-10-09"),
        gemeentecode: "0599",
        aard: ["01"],
        aanvullendeInformatie: [],
        duur: "99",
        functieRol: "28",
        organisatie: "10",
        behandelaarId: team.triage.id,
        contacten: { create: [{ datum: new Date("2026-10-07"), notitie: "Advies gegeven", userId: team.triage.id }] },
      },
    });
    const invoer = {
      adviesNummer: a.nummer,
      version: 1,
      reden: "Duur nagevraagd bij de adviesvrager",
      startdatum: "2026-10-05",
      einddatum: "2026-10-09",
      gemeentecode: "0599",
      aard: ["01"],
      aanvullendeInformatie: [],
      duur: "03",
      functieRol: "28",
      organisatie: "10",
      adviesvraag: "",
    };
    await expect(correctAdvies(invoer, team.cm)).rejects.toBeInstanceOf(Forbidden);
    await expect(correctAdvies({ ...invoer, einddatum: "2026-10-06" }, team.triage)).rejects.toMatchObject({
      fieldErrors: { einddatum: expect.stringMatching(/vóór het laatste contact/) },
    });
    await expect(correctAdvies({ ...invoer, organisatie: "98" }, team.triage)).rejects.toMatchObject({
      fieldErrors: { organisatie: expect.stringMatching(/Niet van toepassing/) },
    });
    await correctAdvies(invoer, team.triage);
    const h = await getAdviesHistorie(team.tl, a.nummer);
    expect(h).toMatchObject([{ reden: "Duur nagevraagd bij de adviesvrager", wijzigingen: [{ label: "Duur" }] }]);
  });
});
