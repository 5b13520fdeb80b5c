import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { type Team, makeTeam, makeTeamCasus } from "@/lib/testing/factories";
import { NotFound, RuleViolation } from "@/lib/auth/errors";
import { addAanvulling, deleteJournaalConcept, saveJournaalRegel, vastleggenJournaalRegel } from "./commands";
import { getJournaal, getMijnConcepten } from "./queries";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

const regel = (casusnummer: string, extra: Record<string, unknown> = {}) => ({
  casusnummer,
  datumTijd: "2026-11-20T14:30",
  soort: "huisbezoek",
  metWieBetrokkenen: [],
  metWie: "",
  verslag: "Moeder vertelt over de ruzies.\nKinderen waren thuis.",
  hoortBij: "",
  belangrijk: false,
  vastleggen: false,
  ...extra,
});

describe("journaal", () => {
  test("who may write and correct: triage in the voordeur, the casemanager in their own, nobody once closed", async () => {
    const mag = async (u: Parameters<typeof getJournaal>[0], nummer: string) => {
      const j = await getJournaal(u, nummer);
      return j && { schrijven: j.magSchrijven, corrigeren: j.magCorrigeren };
    };
    const eigen = await makeTeamCasus(db.prisma, team);
    expect(await mag(team.cm, eigen.casus.nummer)).toEqual({ schrijven: true, corrigeren: true });
    expect(await mag(team.tl, eigen.casus.nummer)).toEqual({ schrijven: true, corrigeren: true });
    expect(await mag(team.gw, eigen.casus.nummer)).toEqual({ schrijven: true, corrigeren: false });
    expect(await mag(team.cm2, eigen.casus.nummer)).toBeNull(); // not theirs: not found at all
    const voordeur = await makeTeamCasus(db.prisma, team, { casemanager: null, beoordeling: null });
    expect(await mag(team.triage, voordeur.casus.nummer)).toEqual({ schrijven: true, corrigeren: true });
    // a noodtoegang gives a colleague reading, not writing
    const nood = { id: 1, casusId: eigen.casus.id, casusnummer: eigen.casus.nummer, eindOp: new Date() };
    expect(await mag({ ...team.cm2, nood: [nood] }, eigen.casus.nummer)).toEqual({
      schrijven: false,
      corrigeren: false,
    });
    await db.prisma.casus.update({ where: { id: eigen.casus.id }, data: { einddatum: new Date("2026-11-01") } });
    expect(await mag(team.cm, eigen.casus.nummer)).toEqual({ schrijven: false, corrigeren: true });
    expect(await mag(team.cm, "C2026-999999")).toBeNull();
  });

  test("a concept is its author's alone; vastleggen makes it visible to colleagues, line breaks kept", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const { id } = await saveJournaalRegel(
      regel(c.casus.nummer, { metWieBetrokkenen: [c.betrokkene.id], hoortBij: `melding:${c.melding.id}` }),
      team.cm,
    );
    expect((await getJournaal(team.cm, c.casus.nummer))!.regels.map((r) => r.id)).toEqual([id]);
    expect((await getJournaal(team.tl, c.casus.nummer))!.regels).toEqual([]);
    expect((await getMijnConcepten(team.cm)).map((r) => r.id)).toContain(id);

    await vastleggenJournaalRegel({ id, version: 1 }, team.cm);
    const gezien = (await getJournaal(team.tl, c.casus.nummer))!.regels;
    expect(gezien).toHaveLength(1);
    expect(gezien[0]).toMatchObject({
      verslag: "Moeder vertelt over de ruzies.\nKinderen waren thuis.",
      hoortBij: `Melding ${c.melding.nummer}`,
      betrokkenen: [{ id: c.betrokkene.id, naam: "Eva Jansen" }],
    });
    expect((await getMijnConcepten(team.cm)).map((r) => r.id)).not.toContain(id);
    const read = await db.prisma.auditEvent.findFirst({
      where: { entityType: "journaal", casusId: c.casus.id, userId: team.tl.id },
    });
    expect(read?.action).toBe("READ");
  });

  test("after vastleggen nothing changes: not through the app, and not through the database", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const { id } = await saveJournaalRegel(
      regel(c.casus.nummer, { vastleggen: true, metWieBetrokkenen: [c.betrokkene.id] }),
      team.cm,
    );
    await expect(vastleggenJournaalRegel({ id, version: 1 }, team.cm)).rejects.toThrow(/al vastgelegd/);
    await expect(
      saveJournaalRegel(regel(c.casus.nummer, { id, version: 1, verslag: "anders" }), team.cm),
    ).rejects.toThrow(/al vastgelegd/);
    await expect(deleteJournaalConcept({ id, version: 1 }, team.cm)).rejects.toThrow(/al vastgelegd/);
    await expect(db.exec(`UPDATE journaal_regel SET verslag = 'x' WHERE id = ${id}`)).rejects.toThrow(/vastgelegd/);
    await expect(db.exec(`DELETE FROM journaal_regel WHERE id = ${id}`)).rejects.toThrow(/vastgelegd/);
    await expect(db.exec(`DELETE FROM journaal_betrokkene WHERE "regelId" = ${id}`)).rejects.toThrow(/vastgelegd/);
    await expect(db.exec(`TRUNCATE journaal_regel CASCADE`)).rejects.toThrow(/alleen aan te vullen/);
    const failures = await db.prisma.auditEvent.count({
      where: { userId: team.cm.id, outcome: "FAILURE", detail: { startsWith: "journaal:write refused" } },
    });
    expect(failures).toBeGreaterThanOrEqual(3);
  });

  test("aanvullingen: under a vastgelegde regel, never on someone else's concept, and append-only", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const vast = await saveJournaalRegel(regel(c.casus.nummer, { vastleggen: true }), team.cm);
    await addAanvulling({ regelId: vast.id, tekst: "Datum was 19 november, niet 20." }, team.gw);
    const [r] = (await getJournaal(team.cm, c.casus.nummer))!.regels;
    expect(r.aanvullingen).toMatchObject([{ tekst: "Datum was 19 november, niet 20.", auteur: team.gw.displayName }]);

    const concept = await saveJournaalRegel(regel(c.casus.nummer), team.cm);
    await expect(addAanvulling({ regelId: concept.id, tekst: "mijn aanvulling" }, team.gw)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(addAanvulling({ regelId: concept.id, tekst: "x" }, team.cm)).rejects.toBeInstanceOf(RuleViolation);
    await expect(db.exec(`UPDATE journaal_aanvulling SET tekst = 'x'`)).rejects.toThrow(/alleen aan te vullen/);
    await expect(
      db.exec(
        `INSERT INTO journaal_aanvulling ("regelId", "auteurId", tekst) VALUES (${concept.id}, ${team.cm.id}, 'x')`,
      ),
    ).rejects.toThrow(/vastgelegde/);
  });

  test("who may write: triage in the voordeur only, the casemanager on their own casus", async () => {
    const voordeur = await makeTeamCasus(db.prisma, team, { casemanager: null });
    await saveJournaalRegel(regel(voordeur.casus.nummer, { soort: "telefoongesprek" }), team.triage);
    const achterdeur = await makeTeamCasus(db.prisma, team);
    // An assigned casus without a melding in the voordeur is outside triage's scope altogether (need to know).
    await expect(saveJournaalRegel(regel(achterdeur.casus.nummer), team.triage)).rejects.toThrow(/niet gevonden/);
    await expect(saveJournaalRegel(regel(achterdeur.casus.nummer), team.cm2)).rejects.toBeInstanceOf(NotFound);
    await expect(saveJournaalRegel(regel(achterdeur.casus.nummer), team.beheerder)).rejects.toThrow();
  });

  test("bad input: Dutch messages per field, nothing stored", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const other = await makeTeamCasus(db.prisma, team);
    const before = await db.prisma.journaalRegel.count();
    await expect(
      saveJournaalRegel(
        regel(c.casus.nummer, {
          datumTijd: "2099-01-01T10:00",
          soort: "roddel",
          verslag: " ",
          metWie: "x".repeat(201),
        }),
        team.cm,
      ),
    ).rejects.toMatchObject({
      fieldErrors: {
        datumTijd: "Datum en tijd mag niet in de toekomst liggen.",
        soort: "Kies de soort contact.",
        verslag: "Vul verslag in.",
        metWie: "Met wie mag hoogstens 200 tekens lang zijn.",
      },
    });
    await expect(
      saveJournaalRegel(regel(c.casus.nummer, { verslag: "x".repeat(20_001) }), team.cm),
    ).rejects.toMatchObject({
      fieldErrors: { verslag: "Verslag mag hoogstens 20000 tekens lang zijn." },
    });
    await expect(
      saveJournaalRegel(regel(c.casus.nummer, { metWieBetrokkenen: [other.betrokkene.id] }), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { metWieBetrokkenen: "Kies alleen betrokkenen van deze casus." } });
    await expect(
      saveJournaalRegel(regel(c.casus.nummer, { hoortBij: `melding:${other.melding.id}` }), team.cm),
    ).rejects.toMatchObject({ fieldErrors: { hoortBij: "Kies een melding of dienst van deze casus." } });
    expect(await db.prisma.journaalRegel.count()).toBe(before);
  });

  test("filters: soort, betrokkene and alleen belangrijke gebeurtenissen; newest first", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    const a = await saveJournaalRegel(
      regel(c.casus.nummer, { datumTijd: "2026-11-01T09:00", vastleggen: true }),
      team.cm,
    );
    const b = await saveJournaalRegel(
      regel(c.casus.nummer, {
        datumTijd: "2026-11-02T09:00",
        soort: "mdo",
        belangrijk: true,
        metWieBetrokkenen: [c.betrokkene.id],
        vastleggen: true,
      }),
      team.cm,
    );
    const ids = async (f: Parameters<typeof getJournaal>[2]) =>
      (await getJournaal(team.cm, c.casus.nummer, f))!.regels.map((r) => r.id);
    expect(await ids({})).toEqual([b.id, a.id]);
    expect(await ids({ soort: "huisbezoek" })).toEqual([a.id]);
    expect(await ids({ belangrijk: true })).toEqual([b.id]);
    expect(await ids({ betrokkene: c.betrokkene.id })).toEqual([b.id]);
  });
  test("pages of 20 with the total over all pages; each regel as stored, its aanvullingen in order", async () => {
    const c = await makeTeamCasus(db.prisma, team);
    for (let dag = 1; dag <= 22; dag++)
      await saveJournaalRegel(
        regel(c.casus.nummer, { datumTijd: `2026-10-${String(dag).padStart(2, "0")}T08:15`, vastleggen: true }),
        team.cm,
      );
    const laatste = await saveJournaalRegel(
      regel(c.casus.nummer, {
        datumTijd: "2026-11-05T16:45",
        soort: "telefoongesprek",
        metWie: "school",
        metWieBetrokkenen: [c.betrokkene.id],
        hoortBij: `melding:${c.melding.id}`,
        belangrijk: true,
        vastleggen: true,
      }),
      team.cm,
    );
    await addAanvulling({ regelId: laatste.id, tekst: "Eerste aanvulling." }, team.gw);
    await addAanvulling({ regelId: laatste.id, tekst: "Tweede aanvulling." }, team.cm);
    const eigenConcept = await saveJournaalRegel(regel(c.casus.nummer, { datumTijd: "2026-09-01T10:00" }), team.tl);

    const p1 = (await getJournaal(team.cm, c.casus.nummer))!;
    expect(p1.totaal).toBe(23);
    expect(p1.regels).toHaveLength(20);
    const p2 = (await getJournaal(team.cm, c.casus.nummer, { pagina: 2 }))!;
    expect(p2.regels.map((r) => r.datumTijd.slice(0, 10))).toEqual(["2026-10-03", "2026-10-02", "2026-10-01"]);
    expect((await getJournaal(team.cm, c.casus.nummer, { pagina: 9 }))!).toMatchObject({ totaal: 23, regels: [] });
    // The team lead also sees their own concept, the case manager does not.
    expect((await getJournaal(team.tl, c.casus.nummer, { pagina: 2 }))!.regels.at(-1)?.id).toBe(eigenConcept.id);

    const stored = await db.prisma.journaalRegel.findUniqueOrThrow({ where: { id: laatste.id } });
    const aanvullingen = await db.prisma.journaalAanvulling.findMany({ where: { regelId: laatste.id } });
    expect(p1.regels[0]).toEqual({
      id: laatste.id,
      version: stored.version,
      datumTijd: stored.datumTijd.toISOString(),
      soort: "telefoongesprek",
      metWie: "school",
      betrokkenen: [{ id: c.betrokkene.id, naam: "Eva Jansen" }],
      verslag: stored.verslag,
      belangrijk: true,
      hoortBij: `Melding ${c.melding.nummer}`,
      auteur: team.cm.displayName,
      eigen: true,
      vastgelegdOp: stored.vastgelegdOp!.toISOString(),
      aanvullingen: aanvullingen
        .sort((a, b) => a.id - b.id)
        .map((a, i) => ({
          id: a.id,
          tekst: ["Eerste aanvulling.", "Tweede aanvulling."][i],
          auteur: [team.gw, team.cm][i].displayName,
          at: a.createdAt.toISOString(),
        })),
    });
    expect(p1.regels[1]).toMatchObject({ hoortBij: null, betrokkenen: [], aanvullingen: [], metWie: null });
  });
});
