// npm run bench:export -- --scale national|region|small [--seed 1] [--periode 2025H2] [--reuse]
// (--reuse: with DATABASE_URL pointing at a database that already holds the generated data, skip generating)
// On PostgreSQL (a throwaway server when DATABASE_URL is not set): generates the data once, exports the
// half-year three times (`npm run export`, which reports its own time and peak RSS), and measures in the same
// run the floor: a raw `COPY (SELECT …) TO STDOUT` of the same selection through psql, three times.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { selectionSql } from "../lib/levering/select-sql";
import { COUNTED_TYPES } from "../lib/export/layout/layout";
import { makePeriode } from "../lib/domain/periode";

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .join(" ")
    .split("--")
    .filter(Boolean)
    .map((a) => a.trim().split(/\s+/)),
);
const scale = args.scale ?? "national",
  seed = args.seed ?? "1",
  code = args.periode ?? "2025H2";
const jaar = Number(code.slice(0, 4)),
  halfjaar = Number(code.slice(5)) as 1 | 2;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let stopServer = () => {};
if (!process.env.DATABASE_URL) {
  const out = execFileSync("bash", ["scripts/pg-throwaway.sh", "start", "54391"], { encoding: "utf8" });
  const env = Object.fromEntries([...out.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  Object.assign(process.env, env);
  stopServer = () => {
    try {
      execFileSync("bash", ["scripts/pg-throwaway.sh", "stop"], { stdio: "inherit", env: process.env });
    } catch {
      /* gone */
    }
  };
  console.log(`[bench] throwaway PostgreSQL at ${process.env.DATABASE_URL}`);
}
const env = {
  ...process.env,
  SEED_NO_CASES: "1",
  VT_DEMO: "1", // synthetic data on a throwaway server: demo mode (the demo organisation and accounts)
  LEVERINGEN_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "bench-lev-")),
};
const run = (cmd: string, a: string[]) => {
  const r = spawnSync(cmd, a, { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${a.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

// Printed last of all, after the throwaway server has stopped (and said so).
let figures = "";
try {
  let t = Date.now();
  if (!("reuse" in args)) {
    run("npm", ["run", "db:deploy"]);
    run("npm", ["run", "db:seed"]); // organisation, users and gemeenten; no demo casussen (SEED_NO_CASES)
    console.log(
      run("npm", ["run", "db:synth", "--", "--scale", scale, "--seed", seed, "--jaar", String(jaar)])
        .trim()
        .split("\n")
        .slice(-1)
        .join("\n"),
    );
    console.log(`[bench] data generated in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  run("psql", [process.env.DATABASE_URL!, "-q", "-c", "VACUUM ANALYZE"]);

  const out = path.join(os.tmpdir(), `bench-${process.pid}.txt`);
  const exports: { s: number; rss: number; records: number }[] = [];
  const leveringIds: number[] = [];
  for (let i = 0; i < 3; i++) {
    const stdout = run("npm", ["run", "--silent", "export", "--", "--periode", code, "--out", out]);
    const m = /export_s=([\d.]+) peak_rss_mb=([\d.]+) records=(\d+)/.exec(stdout);
    if (!m) throw new Error(`no figures from export:\n${stdout}`);
    exports.push({ s: Number(m[1]), rss: Number(m[2]), records: Number(m[3]) });
    leveringIds.push(Number(/\(concept, id (\d+)\)/.exec(stdout)?.[1]));
    const fouten = /Fouten \(F\): (\d+)/.exec(stdout)?.[1];
    console.log(`[bench] export ${i + 1}: ${m[1]} s, peak RSS ${m[2]} MB, ${m[3]} records, ${fouten} fouten`);
  }
  fs.rmSync(out, { force: true });
  // The bench's concept deliveries would use up the period's 99 volgnummers over many runs on a reused database.
  run("psql", [
    process.env.DATABASE_URL!,
    "-q",
    "-c",
    `DELETE FROM levering WHERE status = 'CONCEPT' AND id IN (${leveringIds.filter(Number.isInteger).join(",") || "NULL"})`,
  ]);

  const sql = selectionSql(makePeriode(jaar, halfjaar));
  const script = path.join(os.tmpdir(), `bench-copy-${process.pid}.sql`);
  fs.writeFileSync(
    script,
    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\n" +
      COUNTED_TYPES.map((ty) => `COPY (${sql[ty]}) TO STDOUT;`).join("\n") +
      "\nCOMMIT;\n",
  );
  const copies: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const r = spawnSync("psql", [process.env.DATABASE_URL!, "-q", "-X", "-f", script], {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (r.status !== 0) throw new Error("COPY failed");
    copies.push((performance.now() - t) / 1000);
    console.log(`[bench] COPY ${i + 1}: ${copies[i].toFixed(3)} s`);
  }
  fs.rmSync(script, { force: true });
  const x = median(exports.map((e) => e.s)),
    y = median(copies);
  figures = `export_median_s=${x.toFixed(3)} copy_median_s=${y.toFixed(3)} ratio=${(x / y).toFixed(2)} peak_rss_mb=${Math.max(...exports.map((e) => e.rss)).toFixed(1)} records=${exports[0].records}`;
} finally {
  stopServer();
}
console.log(figures);
