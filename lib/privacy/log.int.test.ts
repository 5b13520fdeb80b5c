// The privacy officer's access-log views: per casus / betrokkene and per medewerker, newest first, readable Dutch,
// keyset pages without gaps or overlap, filters, and the CSV download (formula cells neutralised, audited).
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeTeam, makeTeamCasus, makeUser, type Team, type TestUser } from "@/lib/testing/factories";
import { writeAudits, type AuditInput } from "@/lib/auth/audit";
import { Forbidden } from "@/lib/auth/errors";
import { exportLogCsv, getClientLog, getMedewerkerLog } from "./log";
import { parseLogFilter } from "./log-params";
import { parseClientZoek, zoekClient } from "./client-zoeken";

const db = freshTestDb();
let team: Team;
let privacy: TestUser;
let kwaad: TestUser;
let x: Awaited<ReturnType<typeof makeTeamCasus>>;
const f = (sp: Record<string, string> = {}) => parseLogFilter(sp);

beforeAll(async () => {
  team = await makeTeam(db.prisma);
  privacy = await makeUser(db.prisma, "PRIVACY");
  kwaad = await makeUser(db.prisma, "TEAMLEIDER");
  await db.prisma.user.update({ where: { id: kwaad.id }, data: { displayName: '=HYPERLINK("http://x","klik")' } });
  x = await makeTeamCasus(db.prisma, team, {});
  // 120 reads of the casus by the teamleider in 6 transactions, 3 exports, one read under noodtoegang.
  for (let t = 0; t < 6; t++)
    await db.prisma.$transaction((tx) =>
      writeAudits(
        tx,
        Array.from({ length: 20 }, (): AuditInput => ({
          actor: team.tl,
          action: "READ",
          entityType: "casus",
          casusId: x.casus.id,
        })),
      ),
    );
  await db.prisma.$transaction((tx) =>
    writeAudits(tx, [
      ...Array.from({ length: 3 }, (): AuditInput => ({
        actor: kwaad,
        action: "EXPORT",
        entityType: "document",
        casusId: x.casus.id,
      })),
      {
        actor: team.cm2,
        action: "READ",
        entityType: "journaal",
        casusId: x.casus.id,
        noodtoegangId: 4711,
      },
    ]),
  );
});

describe("log per cliënt", () => {
  test("every event of the casus, newest first, in readable Dutch, paged by keyset without gaps or overlap", async () => {
    const all = await db.prisma.auditEvent.findMany({
      where: { casusId: x.casus.id },
      orderBy: [{ at: "desc" }, { id: "desc" }],
    });
    expect(all.length).toBeGreaterThanOrEqual(124);
    const seen: string[] = [];
    let na: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p = await getClientLog(privacy, { casusnummer: x.casus.nummer }, f(na ? { na } : {}));
      expect(p?.rijen.length).toBeLessThanOrEqual(50);
      seen.push(...p!.rijen.map((r) => r.cursor));
      na = p!.volgende;
      if (!na) break;
    }
    expect(seen).toEqual(all.map((e) => seen.find((c) => c.endsWith(`.${e.id}`))));
    expect(new Set(seen).size).toBe(all.length);

    const p = await getClientLog(privacy, { casusnummer: x.casus.nummer }, f());
    const read = p!.rijen.find((r) => r.onderdeel === "Casus" && r.actie === "Ingezien");
    expect(read).toMatchObject({
      medewerker: `${team.tl.displayName} (${team.tl.username})`,
      rol: "Teamleider",
      casusnummer: x.casus.nummer,
      uitkomst: "Gelukt",
      noodtoegang: false,
    });
  });

  test("filters on action, outcome and noodtoegang; a wrong filter value is a Dutch note, not an error", async () => {
    const exports = await getClientLog(privacy, { casusnummer: x.casus.nummer }, f({ actie: "EXPORT" }));
    expect(exports!.rijen.map((r) => r.actie)).toEqual(["Geëxporteerd", "Geëxporteerd", "Geëxporteerd"]);
    const nood = await getClientLog(privacy, { casusnummer: x.casus.nummer }, f({ nood: "ja" }));
    expect(nood!.rijen.map((r) => [r.onderdeel, r.noodtoegang])).toEqual([["Journaal", true]]);
    const fout = f({ actie: "DROP TABLE", van: "gisteren", na: "x" });
    expect(fout.meldingen).toHaveLength(3);
    expect((await getClientLog(privacy, { casusnummer: x.casus.nummer }, fout))!.rijen).toHaveLength(50);
    // A period before the events: nothing.
    expect(
      (await getClientLog(privacy, { casusnummer: x.casus.nummer }, f({ van: "2020-01-01", tot: "2020-02-01" })))!
        .rijen,
    ).toEqual([]);
  });

  test("finding the cliënt by BSN or name is itself audited; one person's log", async () => {
    const zoek = parseClientZoek(x.betrokkene.bsn!);
    expect(zoek).toEqual({ soort: "bsn", waarde: x.betrokkene.bsn });
    const treffers = await zoekClient(privacy, zoek as { soort: "bsn"; waarde: string });
    expect(treffers.map((t) => t.casusnummer)).toContain(x.casus.nummer);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { userId: privacy.id }, orderBy: { id: "desc" } });
    expect(ev.detail).toBe(`access log: client search by bsn, ${treffers.length} found`);
    expect(ev.detail).not.toContain(x.betrokkene.bsn!);
    const p = await getClientLog(privacy, { casusnummer: x.casus.nummer, persoon: 1 }, f());
    expect(p?.persoon?.volgnummer).toBe(1);
    expect(parseClientZoek("x".repeat(101))).toHaveProperty("fout");
    expect(parseClientZoek("%_")).toHaveProperty("fout");
  });

  test("only the privacy officer: a casemanager or beheerder is refused", async () => {
    await expect(getClientLog(team.cm, { casusnummer: x.casus.nummer }, f())).rejects.toBeInstanceOf(Forbidden);
    await expect(getClientLog(team.beheerder, { casusnummer: x.casus.nummer }, f())).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("log per medewerker and CSV", () => {
  test("everything one employee did in the period", async () => {
    const p = await getMedewerkerLog(privacy, kwaad.username, f());
    expect(p!.rijen.map((r) => [r.actie, r.onderdeel, r.casusnummer])).toEqual(
      Array(3).fill(["Geëxporteerd", "Document", x.casus.nummer]),
    );
    expect(await getMedewerkerLog(privacy, "bestaat-niet", f())).toBeNull();
  });

  test("the CSV holds the whole selection with formula cells neutralised, and is audited as an export", async () => {
    const r = await exportLogCsv(privacy, { casusnummer: x.casus.nummer }, f());
    const regels = r!.csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(regels[0]).toBe("Tijd;Medewerker;Rol;Actie;Onderdeel;Casus;Uitkomst;Noodtoegang;Adres");
    expect(regels.length - 1).toBe((await db.prisma.auditEvent.count({ where: { casusId: x.casus.id } })) - 1);
    const kwaadRegel = regels.find((l) => l.includes("HYPERLINK"))!;
    expect(kwaadRegel.split(";")[1]).toMatch(/^"'=HYPERLINK|^'=HYPERLINK/);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { userId: privacy.id }, orderBy: { id: "desc" } });
    expect(ev).toMatchObject({ action: "EXPORT", entityType: "privacy_log", casusId: x.casus.id });
  });
});
