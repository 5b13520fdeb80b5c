import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { dbHandle } from "@/lib/db/client";
import { sqlDb } from "@/lib/db/sql";
import { makeLevering } from "./make-levering";
import { leveringPath, startLevering } from "./delivery-log";
import { finalizeLevering } from "@/lib/levering/commands";
import { readRecordsFromText } from "../export/read/reader";
import { kerncijfersSql } from "../export/reports/kerncijfers";
import { diffDeliveryFiles } from "../export/read/diff";
import { createScenario2025H2 } from "./test-scenario";
import { EXPECTED, KERNCIJFERS } from "./test-scenario-verwacht";
import type { Actor } from "@/lib/auth/audit";

const db = freshTestDb();
let tl: Actor;
beforeAll(async () => {
  process.env.LEVERINGEN_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "leveringen-"));
  await createScenario2025H2(db.prisma);
  const u = await db.prisma.user.create({
    data: { username: "teamleider", displayName: "TL", role: "TEAMLEIDER", passwordHash: "x" },
  });
  tl = { id: u.id, username: u.username, role: u.role };
});

const make = (soort: "R" | "C" = "R", extra: Partial<Parameters<typeof makeLevering>[1]> = {}) =>
  makeLevering(sqlDb(dbHandle()!), { jaar: 2025, halfjaar: 2, soort, actor: tl, via: "test", ...extra });
const sha = async (f: string) =>
  crypto
    .createHash("sha256")
    .update(await fs.promises.readFile(f))
    .digest("hex");
const text = (bestandsnaam: string) => fs.readFileSync(leveringPath(bestandsnaam), "latin1");

describe("delivery file of 2025H2", () => {
  let first: Awaited<ReturnType<typeof make>>;
  beforeAll(async () => {
    first = await make("R");
  });

  test("holds exactly the records of the period, in order, with the state at its end", async () => {
    const records = await readRecordsFromText(text(first.bestandsnaam));
    expect(records.every((r) => r.problems.length === 0)).toBe(true);
    expect(records[0].values).toMatchObject({
      recordtype: "01",
      vt_regiocode: "VT07",
      kvk_nummer: "12345678",
      verslagjaar: "2025",
      halfjaar: "2",
      soort_levering: "R",
      versie_bestandsdefinitie: "VTP-1.0",
    });
    const body = records
      .slice(1, -1)
      .map((r) => [r.type, Object.fromEntries(Object.entries(r.values).filter(([k]) => k !== "recordtype"))]);
    expect(body).toEqual(EXPECTED);
    expect(records.at(-1)!.values).toMatchObject({
      aantal_10: "0000002",
      aantal_20: "0000002",
      aantal_21: "0000005",
      aantal_30: "0000003",
      aantal_31: "0000006",
      aantal_32: "0000002",
      aantal_40: "0000002",
      aantal_50: "0000002",
      aantal_60: "0000001",
      aantal_totaal: "00000027",
    });
    expect(first.bestandsnaam).toBe("VT07_2025H2_R01.txt");
  });

  test("every record is 120 characters followed by CRLF, the last one too", () => {
    const t = text(first.bestandsnaam);
    expect(t.endsWith("\r\n")).toBe(true);
    const lines = t.split("\r\n").slice(0, -1);
    expect(lines).toHaveLength(27);
    for (const l of lines) expect(l).toHaveLength(120);
    expect(t.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  test("passes every check without errors; the warnings are the onbekend values and K11", () => {
    expect(first.result.fouten).toBe(0);
    const rules = first.result.violations.map((v) => v.rule);
    expect(new Set(rules)).toEqual(new Set(["K11", "K12"]));
  });

  test("kerncijfers counted from the file equal those counted from the database", async () => {
    expect(first.result.kerncijfers).toEqual(KERNCIJFERS);
    const [fromDb] = await db.prisma.$queryRawUnsafe<Record<string, number>[]>(
      kerncijfersSql(new Date("2025-07-01T00:00:00Z"), new Date("2025-12-31T00:00:00Z")),
    );
    expect(fromDb).toEqual(KERNCIJFERS);
  });

  test("the same data give a byte-identical file apart from record 01's stamp and soort", async () => {
    const again = await make("R", {});
    const [a, b] = [text(first.bestandsnaam), text(again.bestandsnaam)];
    expect(b.slice(122)).toBe(a.slice(122));
    expect(b.slice(0, 19)).toBe(a.slice(0, 19));
    expect(b.slice(34, 122)).toBe(a.slice(34, 122));
    expect(again.bestandsnaam).toBe("VT07_2025H2_R02.txt");
  });

  test("the delivery is recorded with an EXPORT audit event", async () => {
    const l = await db.prisma.levering.findUniqueOrThrow({ where: { id: first.leveringId } });
    expect(l).toMatchObject({
      status: "CONCEPT",
      sha256: await sha(leveringPath(first.bestandsnaam)),
      aantalFouten: 0,
    });
    expect(await db.prisma.auditEvent.count({ where: { action: "EXPORT", entityId: first.bestandsnaam } })).toBe(1);
  });
});

describe("delivery log", () => {
  test("simultaneous deliveries of one period get distinct volgnummers", async () => {
    const [a, b] = await Promise.all([
      startLevering(sqlDb(dbHandle()!), { jaar: 2025, halfjaar: 1, soort: "R", actor: tl }),
      startLevering(sqlDb(dbHandle()!), { jaar: 2025, halfjaar: 1, soort: "R", actor: tl }),
    ]);
    expect(new Set([a.levering.volgnummer, b.levering.volgnummer])).toEqual(new Set([1, 2]));
  });

  test("after 99 deliveries of one period the next is refused with a clear message (the volgnummer has two digits)", async () => {
    await db.exec(`INSERT INTO levering (jaar, halfjaar, soort, volgnummer, bestandsnaam)
      SELECT 2024, 1, 'R', n, 'VT07_2024H1_R' || lpad(n::text, 2, '0') || '.txt' FROM generate_series(1, 99) n`);
    await expect(startLevering(sqlDb(dbHandle()!), { jaar: 2024, halfjaar: 1, soort: "R", actor: tl })).rejects.toThrow(
      /al 99 leveringen/,
    );
  });

  test("an interrupted export leaves no file under the final name and can never be made final", async () => {
    let calls = 0;
    await expect(
      make("R", {
        onProgress: () => {
          if (++calls === 1) throw new Error("process killed");
        },
      }),
    ).rejects.toThrow("process killed");
    const l = await db.prisma.levering.findFirstOrThrow({
      where: { jaar: 2025, halfjaar: 2 },
      orderBy: { volgnummer: "desc" },
    });
    expect(l.sha256).toBeNull();
    expect(fs.existsSync(leveringPath(l.bestandsnaam))).toBe(false);
    expect(fs.readdirSync(process.env.LEVERINGEN_DIR!).filter((f) => f.includes(".tmp-"))).toEqual([]);
    await expect(finalizeLevering({ id: l.id }, tl)).rejects.toThrow(/niet volledig/);
  });

  test("final once, never changed; a correction is a new delivery with its difference report", async () => {
    const r = await make("R");
    await finalizeLevering({ id: r.leveringId }, tl);
    await expect(
      db.prisma.levering.update({ where: { id: r.leveringId }, data: { aantalFouten: 3 } }),
    ).rejects.toThrow();
    await expect(db.prisma.levering.delete({ where: { id: r.leveringId } })).rejects.toThrow();
    await expect(make("R")).rejects.toThrow(/correctielevering/);

    // Corrections: a new advies, a changed melding, a removed monitoringsmoment.
    await db.prisma.advies.create({
      data: {
        nummer: "A2025-000099",
        startdatum: new Date("2025-10-01"),
        aard: ["02"],
        aanvullendeInformatie: [],
        duur: "01",
        functieRol: "21",
        organisatie: "04",
        behandelaarId: tl.id,
      },
    });
    await db.prisma.melding.update({ where: { nummer: "M2025-000003" }, data: { duur: "02" } });
    await db.prisma.monitoringsmoment.delete({ where: { nummer: "T2025-000001" } });
    const c = await make("C");
    expect(c.bestandsnaam).toMatch(/^VT07_2025H2_C\d{2}\.txt$/);
    const diff = await diffDeliveryFiles(leveringPath(r.bestandsnaam), leveringPath(c.bestandsnaam));
    expect(diff.added).toEqual([{ recordtype: "10", key: { adviesnummer: "A2025-000099" } }]);
    expect(diff.changed).toEqual([
      { recordtype: "30", key: { meldingnummer: "M2025-000003", casusnummer: "C2025-000002" } },
    ]);
    expect(diff.removed).toEqual([
      { recordtype: "60", key: { monitoringnummer: "T2025-000001", casusnummer: "C2025-000001" } },
    ]);
    expect(diff.unchanged).toBe(23); // 25 data records, 1 changed, 1 removed
  });

  test("a delivery with errors is written, counted as concept, and refused as final", async () => {
    // A melding without betrokkenen (K08) cannot come through the pages, but the check must still catch it.
    const casus = await db.prisma.casus.findUniqueOrThrow({ where: { nummer: "C2025-000002" } });
    await db.prisma.melding.create({
      data: {
        nummer: "M2025-000077",
        casusId: casus.id,
        datumMelding: new Date("2025-11-01"),
        functieRol: "33",
        organisatie: "15",
        aard: ["01"],
        aanvullendeInformatie: [],
        duur: "01",
        createdById: tl.id,
      },
    });
    const bad = await make("C");
    expect(bad.result.fouten).toBeGreaterThan(0);
    expect(bad.result.violations.find((v) => v.severity === "F")).toMatchObject({
      rule: "K08",
      key: { meldingnummer: "M2025-000077" },
    });
    expect(fs.existsSync(leveringPath(bad.bestandsnaam))).toBe(true);
    await expect(finalizeLevering({ id: bad.leveringId }, tl)).rejects.toThrow(/fout/);
  });

  test("a value the file cannot hold is reported as K01 and never written truncated or as it is", async () => {
    // The database refuses such identifiers; drop that guard (in this test database only) to see the export's own.
    await db.exec(`ALTER TABLE advies DROP CONSTRAINT advies_nummer_format_check`);
    await db.exec(`UPDATE advies SET nummer = 'A2025-ZOË' WHERE nummer = 'A2025-000002'`);
    await db.exec(`UPDATE advies SET nummer = E'A2025-TAB\\tTE\\\\' WHERE nummer = 'A2025-000001'`); // a tab and a backslash
    const bad = await make("C");
    // Reported with the real value and the record's real key (the link to the dossier), not the '?' written.
    const k01 = bad.result.violations.filter((v) => v.rule === "K01" && v.field === "adviesnummer");
    expect(k01.map((v) => [v.severity, v.value, v.key.adviesnummer, v.message])).toEqual([
      ["F", "A2025-TAB\tTE\\", "A2025-TAB\tTE\\", "adviesnummer: teken buiten ASCII 0x20-0x7E"],
      ["F", "A2025-ZOË", "A2025-ZOË", "adviesnummer: teken buiten ASCII 0x20-0x7E"],
    ]);
    const lines = text(bad.bestandsnaam)
      .split("\r\n")
      .filter((l) => l.startsWith("10"));
    expect(lines.map((l) => l.slice(2, 22))).toEqual(["A2025-000099        ", "?".repeat(20), "?".repeat(20)]);
    expect(text(bad.bestandsnaam)).not.toMatch(/ZO|TAB/);
  });
});
