// npm run export -- --periode 2025H2 [--soort R|C] --out <file> [--kerncijfers <file.json>] [--rapport <file.json>]
// The same code as the Levering CBS page: records the delivery (concept) in the delivery log, writes the file,
// prints the kerncijfers and the number of errors and warnings; exits 1 when there are errors (F).
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { openConnection } from "../lib/db/sql-connection";
import { sqlDb } from "../lib/db/sql";
import { parseExportArgs } from "../lib/levering/cli-args";
import { makeLevering } from "../lib/levering/make-levering";
import { KERNCIJFER_KEYS, KERNCIJFER_LABELS } from "../lib/export/reports/kerncijfers";

async function writeAtomically(file: string, write: (tmp: string) => Promise<void>) {
  const tmp = `${file}.tmp-${process.pid}`;
  await fs.promises.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await write(tmp);
  await fs.promises.rename(tmp, file);
}

let closeDb = async () => {};

async function main(): Promise<number> {
  const parsed = parseExportArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const a = parsed.args;
  // Plain SQL, no Prisma: the export's memory is the data's, not an ORM's.
  const connection = await openConnection();
  closeDb = connection.close;
  const db = sqlDb(connection);
  await db.query("SELECT 1");
  const started = process.hrtime.bigint();
  const {
    bestandsnaam,
    leveringId,
    result: r,
  } = await makeLevering(db, {
    jaar: a.jaar,
    halfjaar: a.halfjaar,
    soort: a.soort,
    actor: null,
    via: `cli:${os.userInfo().username}`,
  });
  await writeAtomically(a.out, (tmp) =>
    fs.promises.copyFile(path.join(process.env.LEVERINGEN_DIR ?? ".data/leveringen", bestandsnaam), tmp),
  );
  if (a.kerncijfers)
    await writeAtomically(a.kerncijfers, (tmp) =>
      fs.promises.writeFile(
        tmp,
        JSON.stringify(Object.fromEntries(KERNCIJFER_KEYS.map((k) => [k, r.kerncijfers[k]])), null, 2) + "\n",
      ),
    );
  if (a.rapport)
    await writeAtomically(a.rapport, (tmp) =>
      fs.promises.writeFile(
        tmp,
        JSON.stringify({ bestandsnaam, counts: r.counts, violations: r.violations, mirror: r.mirror }, null, 1) + "\n",
      ),
    );
  console.log(`Levering ${bestandsnaam} (concept, id ${leveringId}): ${r.total} records, sha256 ${r.sha256}`);
  console.log(`Bestand: ${a.out}`);
  console.log("Kerncijfers:");
  for (const k of KERNCIJFER_KEYS)
    console.log(`  ${KERNCIJFER_LABELS[k].padEnd(62)} ${String(r.kerncijfers[k]).padStart(8)}`);
  console.log(`Fouten (F): ${r.fouten}  Waarschuwingen (W): ${r.waarschuwingen}`);
  const perRule = new Map<string, number>();
  for (const v of r.violations)
    perRule.set(`${v.rule} ${v.severity}`, (perRule.get(`${v.rule} ${v.severity}`) ?? 0) + 1);
  for (const [rule, n] of [...perRule].sort()) console.log(`  ${rule}: ${n}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Peak memory of the export: this process, the checking worker thread included.
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`export_s=${seconds.toFixed(3)} peak_rss_mb=${peak.toFixed(1)} records=${r.total}`);
  return r.fouten > 0 ? 1 : 0;
}

main().then(
  async (code) => {
    await closeDb();
    process.exit(code);
  },
  async (e) => {
    console.error(e instanceof Error ? e.message : e);
    await closeDb().catch(() => {});
    process.exit(1);
  },
);
