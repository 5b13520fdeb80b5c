// npm run bench:auditlog [-- --events 10000000]   (run with --conditions=react-server: it imports the server code)
// The privacy officer's access-log views over a national-size log, on a throwaway PostgreSQL server (or
// DATABASE_URL): 132 000 casussen, 300 employees (one of them "heavy", with a tenth of all events) and 10 million
// audit events spread over a year in id order. Loaded with the audit indexes dropped and rebuilt (as a bulk
// load would be), then each view is timed 200 times with random subjects through the app's own query
// (lib/privacy/log.ts logRows): first pages, deep keyset pages, filters, and the whole read with its own audit
// event (getClientLog). The floor is a `SELECT 1` round trip in the same run. Prints a table and one figures line.
// The bench rows are not chained (chain NULL, no hash): never run this against a database you keep.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";

const EVENTS = Number(process.argv[process.argv.indexOf("--events") + 1] || 10_000_000) || 10_000_000;
const CASUSSEN = 132_000;
const USERS = 300;
const RUNS = 200;

let stopPg = () => {};
if (!process.env.DATABASE_URL) {
  const out = execFileSync("bash", ["scripts/pg-throwaway.sh", "start", "54393"], { encoding: "utf8" });
  Object.assign(process.env, Object.fromEntries([...out.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])));
  stopPg = () => execFileSync("bash", ["scripts/pg-throwaway.sh", "stop"], { stdio: "inherit", env: process.env });
}
process.env.VT_DEMO = "1";
process.env.AUDIT_HMAC_KEY ??= "bench-audit-key-0123456789abcdef012345";
process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789abcdef0123456789";

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const rnd = (n: number) => 1 + Math.floor(Math.random() * n);

async function main() {
  execFileSync("node", ["--import", "tsx", "scripts/migrate.ts", "deploy"], { stdio: "inherit", env: process.env });
  const { prisma } = await import("../lib/db/client");
  const { logRows, getClientLog } = await import("../lib/privacy/log");
  const { listTeControleren } = await import("../lib/privacy/controle");
  const { parseLogFilter } = await import("../lib/privacy/log-params");
  type Tx = Parameters<typeof logRows>[0];
  const tx = prisma as unknown as Tx;

  const have = Number((await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM audit_event`)[0].n);
  if (have < EVENTS * 0.99) {
    const t0 = performance.now();
    console.log(`[bench] loading ${CASUSSEN} casussen, ${USERS} users and ${EVENTS} audit events …`);
    await prisma.$executeRawUnsafe(`INSERT INTO casus (begindatum)
      SELECT date '2016-01-01' + (g % 3650) FROM generate_series(1, ${CASUSSEN}) g`);
    await prisma.$executeRawUnsafe(`INSERT INTO app_user (username, "displayName", role, "passwordHash")
      SELECT 'bench-' || g, 'Bench medewerker ' || g,
             (ARRAY['TRIAGE','CASEMANAGER','GEDRAGSWETENSCHAPPER','TEAMLEIDER'])[1 + g % 4]::"Role", 'x'
      FROM generate_series(1, ${USERS}) g ON CONFLICT DO NOTHING`);
    await prisma.$executeRawUnsafe(`CREATE TEMP TABLE bench_ids AS
      SELECT (SELECT min(id) FROM casus) AS c0, (SELECT max(id) FROM casus) AS c1,
             (SELECT min(id) FROM app_user WHERE username LIKE 'bench-%') AS u0`);
    const idx = [
      "audit_event_casusId_at_id_idx",
      "audit_event_userId_at_id_idx",
      "audit_event_at_idx",
      "audit_event_chain_id_idx",
      "audit_event_nood_user_idx",
    ];
    const defs = await prisma.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE tablename = 'audit_event' AND indexname = ANY(${idx})`;
    for (const i of idx) await prisma.$executeRawUnsafe(`DROP INDEX IF EXISTS "${i}"`);
    // The log is partitioned by month: the year of events goes into its own months, not the default partition.
    await prisma.$executeRawUnsafe(`SELECT vt_audit_partitie(m::date) FROM generate_series(
      date_trunc('month', now() - interval '366 days'), now(), interval '1 month') m`);
    const BATCH = 1_000_000;
    for (let from = 0; from < EVENTS; from += BATCH) {
      const to = Math.min(EVENTS, from + BATCH);
      // Events in id order over the last year; 1 in 2000 under noodtoegang; the heavy user has a tenth.
      await prisma.$executeRawUnsafe(`INSERT INTO audit_event
          (at, "userId", username, role, action, "entityType", "casusId", outcome, "noodtoegangId", detail)
        SELECT now() - interval '365 days' + (g::float8 / ${EVENTS}) * interval '365 days', u, 'bench-' || (u - b.u0 + 1),
               'CASEMANAGER', (ARRAY['READ','READ','READ','READ','READ','READ','CREATE','UPDATE','EXPORT'])[1 + g % 9]::"AuditAction",
               (ARRAY['casus','melding','journaal','document','veiligheidsbeoordeling'])[1 + g % 5],
               b.c0 + floor(random() * (b.c1 - b.c0 + 1))::int,
               CASE WHEN g % 50 = 0 THEN 'DENIED' ELSE 'SUCCESS' END::"AuditOutcome",
               CASE WHEN g % 2000 = 0 THEN 1 END, 'bench'
        FROM generate_series(${from + 1}, ${to}) g, bench_ids b,
             LATERAL (SELECT CASE WHEN g % 10 = 0 THEN b.u0 ELSE b.u0 + floor(random() * ${USERS})::int END AS u) x`);
      process.stdout.write(`[bench] ${to} events\n`);
    }
    // A partitioned table's index definition reads "ON ONLY": made on the parent it must cover every month.
    for (const d of defs) await prisma.$executeRawUnsafe(d.indexdef.replace(" ON ONLY ", " ON "));
    await prisma.$executeRawUnsafe(`ANALYZE audit_event`);
    console.log(`[bench] loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }

  const [{ c0, c1, u0 }] = await prisma.$queryRaw<{ c0: number; c1: number; u0: number }[]>`
    SELECT (SELECT min(id) FROM casus) AS c0, (SELECT max(id) FROM casus) AS c1,
           (SELECT min(id) FROM app_user WHERE username LIKE 'bench-%') AS u0`;
  const total = Number((await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM audit_event`)[0].n);
  const jaar = parseLogFilter({ van: isoDaysAgo(365), tot: isoDaysAgo(0) });
  const maand = parseLogFilter({});
  const casus = () => c0 + Math.floor(Math.random() * (c1 - c0 + 1));
  const user = () => u0 + rnd(USERS - 1); // not the heavy one

  async function time(name: string, run: () => Promise<unknown>) {
    for (let i = 0; i < 10; i++) await run(); // warm-up
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await run();
      ms.push(performance.now() - t);
    }
    return { name, p50: pct(ms, 0.5), p95: pct(ms, 0.95) };
  }
  const deepCursor = async (wie: Parameters<typeof logRows>[1], f: typeof jaar) => {
    const rows = await logRows(tx, wie, f, 400);
    return rows.length ? { ...f, na: parseLogFilter({ na: rows[rows.length - 1].cursor }).na } : f;
  };
  const privacy = await prisma.user.upsert({
    where: { username: "bench-privacy" },
    update: {},
    create: { username: "bench-privacy", displayName: "Bench privacy", role: "PRIVACY", passwordHash: "x" },
  });
  const actor = { id: privacy.id, username: privacy.username, role: privacy.role };
  const nummers = await prisma.casus.findMany({ select: { nummer: true }, take: 2000, orderBy: { id: "desc" } });

  const results = [
    await time("floor: SELECT 1", () => prisma.$queryRaw`SELECT 1`),
    await time("per casus, first page (1 year)", () => logRows(tx, { casusId: casus() }, jaar, 51)),
    await time("per casus, only noodtoegang", () => logRows(tx, { casusId: casus() }, { ...jaar, nood: true }, 51)),
    await time("per medewerker, first page (31 days)", () => logRows(tx, { userId: user() }, maand, 51)),
    await time("per medewerker, page 9 (keyset; incl. the query that finds its cursor)", async () => {
      const wie = { userId: user() };
      return logRows(tx, wie, await deepCursor(wie, maand), 51);
    }),
    await time("per medewerker, only EXPORT (31 days)", () =>
      logRows(tx, { userId: user() }, { ...maand, actie: "EXPORT" }, 51),
    ),
    await time("heavy medewerker (1/10 of all), first page (1 year)", () => logRows(tx, { userId: u0 }, jaar, 51)),
    await time("heavy medewerker, page 9 (keyset; incl. finding its cursor)", async () =>
      logRows(tx, { userId: u0 }, await deepCursor({ userId: u0 }, jaar), 51),
    ),
    await time("heavy medewerker, only noodtoegang (31 days)", () =>
      logRows(tx, { userId: u0 }, { ...maand, nood: true }, 51),
    ),
    await time("getClientLog: page + its own audit event", () =>
      getClientLog(actor, { casusnummer: nummers[rnd(nummers.length) - 1].nummer }, jaar),
    ),
  ];
  // Te controleren: computed over the last 90 days of the log (an infrequent list): five runs.
  const tc: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await listTeControleren(actor, "alle");
    tc.push(performance.now() - t);
  }
  const floor = results[0].p95;
  console.log(`\naudit_event rows: ${total}\n`);
  console.log("| view | p50 ms | p95 ms | p95 / floor |\n|---|---|---|---|");
  for (const r of results)
    console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${(r.p95 / floor).toFixed(1)} |`);
  console.log(
    `| Te controleren (90 days, 5 runs) | ${pct(tc, 0.5).toFixed(0)} | max ${Math.max(...tc).toFixed(0)} | |`,
  );
  const worst = Math.max(...results.slice(1).map((r) => r.p95));
  console.log(
    `\nevents=${total} floor_p95_ms=${floor.toFixed(2)} worst_view_p95_ms=${worst.toFixed(1)} ` +
      results
        .slice(1)
        .map((r, i) => `v${i + 1}_p95_ms=${r.p95.toFixed(1)}`)
        .join(" ") +
      ` te_controleren_ms=${pct(tc, 0.5).toFixed(0)}`,
  );
  await prisma.$disconnect();
}

function isoDaysAgo(n: number) {
  const d = new Date(Date.now() - n * 86_400_000);
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(d);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => stopPg());
