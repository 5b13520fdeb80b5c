// `npm run rapportage` as a beleidsmedewerker's script runs it: its own process on the test database (the delivery
// scenario of 2025H2), JSON and XLSX out; the sums per gemeente equal the kerncijfers; bad input a Dutch message.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createScenario2025H2 } from "@/lib/levering/test-scenario";

let db: TestDb;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapportage-cli-"));
  db = await createTestDb({ pgliteDir: path.join(dir, "pglite") });
  await createScenario2025H2(db.prisma);
  if (db.kind === "pglite") await db.close(); // one process at a time on an embedded database
}, 60_000);
afterAll(async () => {
  if (db.kind === "pg") await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...db.env };
  if (db.kind === "pglite") delete env.DATABASE_URL;
  return spawnSync("npm", ["run", "--silent", "rapportage", "--", ...args], { env, encoding: "utf8" });
}

test("JSON with periode, totalen and per_gemeente whose sums are the kerncijfers; XLSX beside it", async () => {
  const out = path.join(dir, "rapport.json");
  const xlsx = path.join(dir, "rapport.xlsx");
  const r = cli("--periode", "2025H2", "--out", out, "--xlsx", xlsx);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const json = JSON.parse(fs.readFileSync(out, "utf8"));
  expect(json.periode).toMatchObject({ code: "2025H2", van: "2025-07-01", tot: "2025-12-31" });
  expect(json.totalen.ontvangen_meldingen).toBeGreaterThan(0);
  for (const g of json.per_gemeente)
    expect(Object.keys(g)).toEqual(
      expect.arrayContaining([
        "gemeentecode",
        "gemeentenaam",
        "adviezen",
        "meldingen",
        "casussen_gestart",
        "onderzoeken_gestart",
        "vv_gestart",
        "overdrachten",
      ]),
    );
  const som = (k: string) => json.per_gemeente.reduce((s: number, g: Record<string, number>) => s + g[k], 0);
  expect(som("adviezen")).toBe(json.totalen.gestarte_adviezen);
  expect(som("meldingen")).toBe(json.totalen.ontvangen_meldingen);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  expect(wb.worksheets.map((w) => w.name)).toEqual(
    expect.arrayContaining(["Totalen", "Per gemeente", "Aard van het geweld"]),
  );
}, 60_000);

test("a bad period or gemeente: a Dutch message and exit code 2, no file", () => {
  const out = path.join(dir, "fout.json");
  const r = cli("--periode", "2025H3", "--out", out);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/Kies een halfjaar/);
  expect(cli("--periode", "2025H2", "--gemeente", "Amsterdam", "--out", out).stderr).toMatch(/vier cijfers/);
  expect(fs.existsSync(out)).toBe(false);
}, 60_000);
