// npm run bench:rapportage [-- --scale national|region]   (run with --conditions=react-server)
// The reports at scale on a throwaway PostgreSQL server (or DATABASE_URL): db:deploy, db:synth (seed 1, jaar 2025,
// with --verify: the shape the reports are about), VACUUM ANALYZE, then the report of the delivered half year 2025H2
// for the whole organisation, for one gemeente, a quarter, and the Gemeentebrief (the parts it shows) of the region
// and of one gemeente — each in its own transaction as the page runs it, 7 times, median and max — beside the floor:
// a plain count(*) of the meldingen ontvangen in the same half year. Prints a table and a last line of key=value
// figures; the process's peak memory is in it too.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";

const scale = process.argv.includes("--scale") ? process.argv[process.argv.indexOf("--scale") + 1] : "national";
const RUNS = 7;
let stopPg = () => {};
if (!process.env.DATABASE_URL) {
  const out = execFileSync("bash", ["scripts/pg-throwaway.sh", "start", "54394"], { encoding: "utf8" });
  Object.assign(process.env, Object.fromEntries([...out.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])));
  stopPg = () => execFileSync("bash", ["scripts/pg-throwaway.sh", "stop"], { stdio: "inherit", env: process.env });
}
process.env.VT_DEMO = "1";
process.env.AUDIT_HMAC_KEY ??= "bench-audit-key-0123456789abcdef012345";
process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789abcdef0123456789";
const npm = (...args: string[]) =>
  execFileSync("npm", ["run", "--silent", ...args], { encoding: "utf8", env: process.env });

async function main() {
  npm("db:deploy");
  const { prisma } = await import("../lib/db/client");
  const have = Number((await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM casus`)[0].n);
  if (have === 0) {
    const t = performance.now();
    let out = "";
    try {
      out = npm("db:synth", "--", "--scale", scale, "--seed", "1", "--jaar", "2025", "--verify");
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e); // a share off its band: still bench, but say so
    }
    for (const l of out.split("\n").filter((x) => /klaar|buiten de band|AF /.test(x))) console.log(l);
    console.log(`[bench] data in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  // As autovacuum does soon after a bulk load (and bench:app before it measures): the visibility map that lets the
  // passes read their covering indexes alone, and fresh statistics.
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  const { parseRapportPeriode } = await import("../lib/rapportage/periode");
  const { maakRapport, GEMEENTEBRIEF } = await import("../lib/rapportage/rapport");
  type Tx = Parameters<typeof maakRapport>[0];
  type Opts = Parameters<typeof maakRapport>[3];
  // One transaction per report, as the page's audited read runs it.
  const rapport = (code: string, g: string | null, opts?: Opts) => () =>
    prisma.$transaction((tx) => maakRapport(tx as unknown as Tx, p(code), g, opts), { timeout: 120_000 });
  const p = (code: string) => {
    const r = parseRapportPeriode(code);
    if (!r.ok) throw new Error(r.message);
    return r.periode;
  };
  const [{ g }] = await prisma.$queryRaw<{ g: string }[]>`
    SELECT gemeentecode AS g FROM casus WHERE gemeentecode IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  const time = async (run: () => Promise<unknown>) => {
    await run();
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await run();
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    return { median: ms[Math.floor(RUNS / 2)], max: ms[RUNS - 1] };
  };
  const rows: [string, string, { median: number; max: number }][] = [
    [
      "floor",
      "count(*) meldingen ontvangen 2025H2",
      await time(
        () => prisma.$queryRaw`SELECT count(*) FROM melding WHERE "datumMelding" BETWEEN '2025-07-01' AND '2025-12-31'`,
      ),
    ],
    ["hj", "rapportage 2025H2, hele organisatie", await time(rapport("2025H2", null))],
    ["gemeente", `rapportage 2025H2, gemeente ${g}`, await time(rapport("2025H2", g))],
    ["kwartaal", "rapportage 2025K4, hele organisatie", await time(rapport("2025K4", null))],
    ["brief_regio", "Gemeentebrief 2025H2, hele regio", await time(rapport("2025H2", null, GEMEENTEBRIEF))],
    ["brief_gemeente", `Gemeentebrief 2025H2, gemeente ${g}`, await time(rapport("2025H2", g, GEMEENTEBRIEF))],
  ];
  const floor = rows[0][2].median;
  console.log(`\n| report | median ms | max ms | median / floor |\n|---|---|---|---|`);
  for (const [, label, t] of rows)
    console.log(`| ${label} | ${t.median.toFixed(0)} | ${t.max.toFixed(0)} | ${(t.median / floor).toFixed(1)} |`);
  const rss = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.log(`\npeak RSS ${rss} MB`);
  console.log(
    `scale=${scale} ` + rows.map(([k, , t]) => `${k}_median_ms=${t.median.toFixed(0)}`).join(" ") + ` rss_mb=${rss}`,
  );
  await prisma.$disconnect();
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => stopPg());
