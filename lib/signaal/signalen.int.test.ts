// Terugsturen, signals and tasks: each signal is made in its cause's transaction, only for a user who may see the
// casus; a beoordeling sent back goes to its author and can not be vastgesteld until it is changed.
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { countRows, makeCasus, makeTeam, makeUser, seedGemeenten, type Team } from "@/lib/testing/factories";
import { RuleViolation, ValidationFailed, NotFound } from "@/lib/auth/errors";
import {
  confirmBeoordeling,
  recordBeoordeling,
  terugsturenBeoordeling,
  updateBeoordeling,
} from "@/lib/beoordeling/commands";
import { assignCasemanager } from "@/lib/casus/assign";
import { createMelding } from "@/lib/melding/commands";
import { meldingInvoer, persoonInvoer } from "@/lib/melding/test-input";
import { listBeoordelingenTeBevestigen } from "@/lib/beoordeling/queries";
import { completeTaak, createTaak } from "@/lib/taak/commands";
import { getMijnTaken } from "@/lib/taak/queries";
import { markeerSignalenGelezen } from "./commands";
import { listSignalen, ongelezenSignalen } from "./queries";
import { createSession, resolveSession } from "@/lib/auth/sessions";

const db = freshTestDb();
let team: Team;
const NOW = new Date("2026-11-23T10:00:00Z");
beforeAll(async () => {
  await seedGemeenten(db.prisma);
  team = await makeTeam(db.prisma);
});

const signalen = (userId: number) => db.prisma.signaal.findMany({ where: { userId }, orderBy: { id: "asc" } });

describe("terugsturen", () => {
  test("the gedragswetenschapper sends a beoordeling back; the author gets a signal, fixes it, then it is vastgesteld", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-19" });
    const b = await recordBeoordeling(
      {
        meldingNummer: c.melding.nummer,
        datum: "2026-11-20",
        taxatie: "02",
        inhoud: "01",
        toelichting: "",
        besluitMetId: team.gw.id,
      },
      team.triage,
    );
    // Bad input: no remark, a remark of 5 000 characters; the author may not send back their own.
    for (const opmerking of ["", "x".repeat(5000)]) {
      const e = await terugsturenBeoordeling({ id: b.id, version: 1, opmerking }, team.gw).catch((x) => x);
      expect(e).toBeInstanceOf(ValidationFailed);
      expect(Object.keys((e as ValidationFailed).fieldErrors)).toEqual(["opmerking"]);
    }
    await expect(
      terugsturenBeoordeling({ id: b.id, version: 1, opmerking: "Eigen" }, { ...team.triage, role: "TEAMLEIDER" }),
    ).rejects.toBeInstanceOf(RuleViolation);

    await terugsturenBeoordeling({ id: b.id, version: 1, opmerking: "Taxatie past niet bij de toelichting." }, team.gw);
    const [s] = await signalen(team.triage.id);
    expect(s).toMatchObject({
      soort: "TERUGGESTUURD",
      casusId: c.casus.id,
      href: `/meldingen/${c.melding.nummer}/beoordeling`,
    });
    expect(s.tekst).not.toContain("Taxatie"); // the remark is on the beoordeling, not in the signal
    // A second terugsturen, and vaststellen, wait for the change; it is off the Te bevestigen list meanwhile.
    await expect(terugsturenBeoordeling({ id: b.id, version: 2, opmerking: "Nog eens" }, team.tl)).rejects.toThrow(
      "Deze beoordeling is al teruggestuurd en nog niet aangepast.",
    );
    await expect(confirmBeoordeling({ id: b.id, version: 2 }, team.gw)).rejects.toThrow(/teruggestuurd/);
    expect((await listBeoordelingenTeBevestigen(team.gw)).rijen.map((r) => r.nummer)).not.toContain(b.nummer);

    await updateBeoordeling(
      {
        id: b.id,
        version: 2,
        datum: "2026-11-20",
        taxatie: "01",
        inhoud: "01",
        toelichting: "Aangepast",
        besluitMetId: team.gw.id,
      },
      team.triage,
    );
    expect(await db.prisma.terugsturing.count({ where: { beoordelingId: b.id, opgelostOp: null } })).toBe(0);
    expect((await listBeoordelingenTeBevestigen(team.gw)).rijen.map((r) => r.nummer)).toContain(b.nummer);
    await confirmBeoordeling({ id: b.id, version: 3 }, team.gw);
  });
});

describe("signalen", () => {
  test("assignment and a vervolgmelding in my casus signal the casemanager; read and counted per user", async () => {
    const before = await ongelezenSignalen(team.cm);
    const r = await createMelding(
      meldingInvoer({ datumMelding: "2026-11-16", betrokkenen: [persoonInvoer({ bsn: "625276012" })] }),
      team.triage,
    );
    const casus = await db.prisma.casus.findUniqueOrThrow({ where: { nummer: r.casusNummer } });
    await assignCasemanager({ casusId: casus.id, casemanagerId: team.cm.id, version: casus.version }, team.tl);
    const persoon = await db.prisma.betrokkene.findFirstOrThrow({ where: { casusId: casus.id } });
    await createMelding(
      meldingInvoer({
        datumMelding: "2026-11-20",
        casusNummer: r.casusNummer,
        betrokkenen: [persoonInvoer({ modus: "bekend", bekendId: String(persoon.id), bsn: "" })],
      }),
      team.triage,
    );
    const lijst = await listSignalen(team.cm);
    expect(lijst.rijen.map((s) => s.soort)).toEqual(["VERVOLGMELDING", "TOEGEWEZEN"]);
    expect(await ongelezenSignalen(team.cm)).toBe(before + 2);
    // The bell of every page: the session check counts them in its own statement.
    const sessie = await db.prisma.$transaction((tx) => createSession(tx, team.cm.id, null));
    const bel = async () => (await resolveSession(sessie.id, null))?.ongelezenSignalen;
    expect(await bel()).toBe(before + 2);
    // Nobody else's signals can be marked read; one's own can.
    await markeerSignalenGelezen({ ids: lijst.rijen.map((s) => s.id) }, team.cm2);
    expect(await ongelezenSignalen(team.cm)).toBe(before + 2);
    await markeerSignalenGelezen({ alle: true }, team.cm);
    expect(await ongelezenSignalen(team.cm)).toBe(0);
    expect(await bel()).toBe(0);
    expect((await listSignalen(team.cm, { status: "ongelezen" })).pagina.totaal).toBe(0);
  });

  test("a signal never goes to someone outside the casus's scope", async () => {
    const { maakSignaal } = await import("./maak");
    const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-18", casemanagerId: team.cm.id });
    const gemaakt = await db.prisma.$transaction((tx) =>
      maakSignaal(tx, { userId: team.cm2.id, soort: "TOEGEWEZEN", casusId: c.casus.id, tekst: "x", href: "/" }),
    );
    expect(gemaakt).toBe(false);
    expect(await db.prisma.signaal.count({ where: { userId: team.cm2.id, casusId: c.casus.id } })).toBe(0);
  });
});

describe("taken", () => {
  test("own task, a task given by the teamleider with a signal; overdue marked; afronden", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-18", casemanagerId: team.cm.id });
    const eigen = await createTaak(
      { titel: "Huisarts bellen", deadline: "2026-11-23", casusnummer: c.casus.nummer, toegewezenAanId: "" },
      team.cm,
    );
    const gegeven = await createTaak(
      { titel: "Dossier bijwerken", deadline: "2026-11-30", casusnummer: c.casus.nummer, toegewezenAanId: team.cm.id },
      team.tl,
    );
    expect((await signalen(team.cm.id)).at(-1)).toMatchObject({ soort: "TAAK", href: "/taken" });
    await db.prisma.taak.update({ where: { id: eigen.id }, data: { deadline: new Date("2026-11-20T00:00:00Z") } });
    const t = await getMijnTaken(team.cm, NOW);
    expect(t.voorMij.map((x) => [x.titel, x.verlopen])).toEqual([
      ["Huisarts bellen", true],
      ["Dossier bijwerken", false],
    ]);
    expect((await getMijnTaken(team.tl, NOW)).doorMij.map((x) => x.id)).toEqual([gegeven.id]);
    await completeTaak({ id: eigen.id, version: 1 }, team.cm);
    await expect(completeTaak({ id: gegeven.id, version: 1 }, team.cm2)).rejects.toBeInstanceOf(NotFound);
    expect((await getMijnTaken(team.cm, NOW)).voorMij.map((x) => x.id)).toEqual([gegeven.id]);
  });

  test("bad input stores nothing: a date in the past, a casus the assignee may not see, someone else without the right", async () => {
    const c = await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-18", casemanagerId: team.cm.id });
    const before = await countRows(db.prisma);
    const fout = async (input: Record<string, unknown>, user = team.tl) =>
      ((await createTaak(input, user).catch((e) => e)) as ValidationFailed).fieldErrors;
    expect(await fout({ titel: "Oud", deadline: "2026-11-01" })).toEqual({
      deadline: "Uiterlijk op ligt in het verleden; kies vandaag of later.",
    });
    expect(await fout({ titel: "x".repeat(5000), deadline: "2026-11-30" })).toEqual({
      titel: "Titel mag hoogstens 200 tekens lang zijn.",
    });
    expect(
      await fout({ titel: "Kijk", deadline: "2026-11-30", casusnummer: c.casus.nummer, toegewezenAanId: team.cm2.id }),
    ).toEqual({
      casusnummer: `${team.cm2.displayName} heeft geen toegang tot deze casus.`,
    });
    expect(
      await fout({ titel: "Voor een ander", deadline: "2026-11-30", toegewezenAanId: team.cm2.id }, team.triage),
    ).toEqual({
      toegewezenAanId: "U kunt alleen voor uzelf een taak maken.",
    });
    const beheerder = await makeUser(db.prisma, "BEHEERDER");
    expect(await fout({ titel: "Beheer", deadline: "2026-11-30", toegewezenAanId: beheerder.id })).toEqual({
      toegewezenAanId: "Kies een actieve medewerker.",
    });
    expect(await countRows(db.prisma)).toEqual(before);
  });
});
