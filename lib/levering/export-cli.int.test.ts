// `npm run export` as a team lead's script would run it: the bundled command in its own process, on the
// test database, with its files, output and exit codes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createScenario2025H2 } from "./test-scenario";
import { KERNCIJFER_KEYS } from "../export/reports/kerncijfers";

let db: TestDb;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "export-cli-"));
  db = await createTestDb({ pgliteDir: path.join(dir, "pglite") });
  await createScenario2025H2(db.prisma);
  if (db.kind === "pglite") await db.close(); // one process at a time on an embedded database
}, 60_000);
afterAll(async () => {
  if (db.kind === "pg") await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function exportCli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...db.env, LEVERINGEN_DIR: path.join(dir, "leveringen") };
  if (db.kind === "pglite") delete env.DATABASE_URL;
  return spawnSync("npm", ["run", "--silent", "export", "--", ...args], { env, encoding: "utf8" });
}

/** Runs SQL on the test database, also when it is an embedded one that the test has closed. */
async function sql(text: string) {
  if (db.kind === "pg") {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    await c.query(text);
    await c.end();
    return;
  }
  const p = new PGlite(db.env.PGLITE_DIR);
  await p.exec(text);
  await p.close();
}

describe("npm run export", () => {
  test("writes the file, the kerncijfers with exactly the agreed keys and the report; exit 0 without errors", () => {
    const out = path.join(dir, "out", "levering.txt"),
      kern = path.join(dir, "kern.json"),
      rapport = path.join(dir, "rapport.json");
    const r = exportCli("--periode", "2025H2", "--out", out, "--kerncijfers", kern, "--rapport", rapport);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Levering VT07_2025H2_R01\.txt \(concept, id \d+\): 27 records/);
    expect(r.stdout).toContain("Fouten (F): 0");
    const text = fs.readFileSync(out, "latin1");
    expect(
      text
        .split("\r\n")
        .slice(0, -1)
        .map((l) => l.length),
    ).toEqual(Array(27).fill(120));
    expect(text).toBe(fs.readFileSync(path.join(dir, "leveringen", "VT07_2025H2_R01.txt"), "latin1"));
    const k = JSON.parse(fs.readFileSync(kern, "utf8")) as Record<string, number>;
    expect(Object.keys(k)).toEqual([...KERNCIJFER_KEYS]);
    expect(k).toMatchObject({ ontvangen_meldingen: 2, actieve_casussen: 2, casussen_gesloten: 1 });
    expect(Object.values(k).every(Number.isInteger)).toBe(true);
    expect(JSON.parse(fs.readFileSync(rapport, "utf8")).bestandsnaam).toBe("VT07_2025H2_R01.txt");
    expect(fs.readdirSync(path.dirname(out))).toEqual(["levering.txt"]); // no temporary files left
  }, 120_000);

  test("a bad argument gets a clear message and writes nothing", () => {
    const out = path.join(dir, "nooit.txt");
    for (const args of [
      ["--periode", "2099H1"],
      ["--periode", "2025H3"],
      ["--periode", "2025H2", "--soort", "X"],
    ]) {
      const r = exportCli(...args, "--out", out);
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).not.toBe("");
      expect(fs.existsSync(out)).toBe(false);
    }
  }, 120_000);

  test("errors in the data: the file is still written as a concept, and the exit code is 1", async () => {
    // A melding without betrokkenen (K08): the pages cannot make one, the check must still catch it.
    await sql(`INSERT INTO melding (nummer, "casusId", "datumMelding", "functieRol", organisatie, aard, "aanvullendeInformatie", duur, "createdById")
      SELECT 'M2025-000077', c.id, '2025-11-01', '33', '15', '{01}', '{}', '01', (SELECT min(id) FROM app_user) FROM casus c WHERE c.nummer = 'C2025-000002'`);
    const out = path.join(dir, "fout.txt");
    const r = exportCli("--periode", "2025H2", "--out", out);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Fouten \(F\): [1-9]/);
    expect(r.stdout).toMatch(/K08 F: 1/);
    expect(fs.existsSync(out)).toBe(true);
  }, 120_000);
});
