// npm run bench:app -- [--scale tiny|small|region|national] [--reuse] [--n 30] [--seconds 10] [--skip-build]
// (--reuse: DATABASE_URL points at a database that already holds the generated data; --skip-build: use the
// existing build as it is.) Without DATABASE_URL: a throwaway PostgreSQL server, migrations, `db:seed` (no demo
// casussen) and `db:synth --scale …`. Then the production server (scripts/serve.ts, demo mode so the synthetic
// accounts log in without a second factor, the clock on the first working days after the generated year):
//  1. the pages below, one user at a time: n requests after 3 warm-ups each, p50/p95 and the HTML size;
//  2. the search (the server action of /zoeken, called as the browser does) by BSN, achternaam and achternaam with
//     geboortedatum, real values from the database: p50/p95;
//  3. 20 concurrent clients for --seconds each: /api/health (the floor), BSN searches, name searches and casus
//     pages per second, each also as a share of the floor, and the CPU time per request of the server process and
//     of PostgreSQL (from /proc; steadier than requests per second on a shared machine);
//  4. the audited casus page with 20 clients with the server started with AUDIT_CHAINS=1 (one global audit chain),
//     then restarted with the default chains.
// Prints a table and, last, one line of key=value figures. No assertions: the figures are for BENCHMARKS.md.
// The synthetic accounts it uses get the demo password (they have none that works): only for a bench database.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { DEMO_PASSWORD } from "../lib/db/seed/users";
import { isRealBsn } from "../lib/domain/bsn";
import {
  actionResult,
  answered,
  callAction,
  closedLoop,
  findActionId,
  get,
  login,
  sequential,
  type Hit,
  type Session,
} from "./bench-app-http";
import { cpuMs, portInUse, postgresCpuMs, startAppServer, startThrowawayPg, type AppServer } from "./bench-app-proc";

// ---- What is measured ------------------------------------------------------------------------------------------

type As = "teamleider" | "triage" | "gedragswetenschapper" | "casemanager" | null;
/** Pages timed one user at a time. `{casus}` is a different open casus per request; `follow` adds the links of the
 * page that match it (its paged sub-lists, a next page), the first three, as rows of their own (figures named after
 * the link: /team/casussen?fase=X gives team_casussen_fase_x_p95_ms). */
const PAGES: { key: string; path: string; as: As; follow?: RegExp }[] = [
  { key: "health", path: "/api/health", as: null },
  { key: "team", path: "/team", as: "teamleider", follow: /^\/team[/?]/ },
  { key: "termijnen", path: "/termijnen", as: "teamleider" },
  { key: "werkvoorraad", path: "/werkvoorraad", as: "triage", follow: /pagina=/ },
  { key: "mijn_casussen", path: "/mijn-casussen", as: "casemanager", follow: /pagina=/ },
  { key: "te_bevestigen", path: "/te-bevestigen", as: "gedragswetenschapper" },
  { key: "casus", path: "/casussen/{casus}", as: "teamleider" },
];
/** Searches through the action of /zoeken, as the teamleider (whose scope is the whole organisation). */
const SEARCHES = [
  { key: "bsn", label: "zoeken: BSN", pool: "bsn" },
  { key: "naam", label: "zoeken: achternaam", pool: "naam" },
  { key: "naam_datum", label: "zoeken: achternaam + geboortedatum", pool: "naamDatum" },
] as const;
const ZOEK = { page: "/zoeken", file: "lib/zoeken/actions.ts", action: "zoekAction" };
/** Concurrent scenarios (teamleider sessions); each is also reported as a share of the health floor. */
const LOAD = ["health", "bsn", "naam", "casus"] as const;
const CLIENTS = 20;
/** Untimed requests before each sequential series; seconds of the same load before each concurrent one: a server
 * in use, not one just started. V8 compiles a page's paths while it serves them, and PostgreSQL fills its cache:
 * with 20 users the casus page went from 34 to 40 to 43 pages/s over three 13-second runs on one server (eleventh
 * session); with 3 seconds the figure was the server's first seconds, not its work. */
const WARM = 3;
const WARM_S = 20;

// ---- Options, environment --------------------------------------------------------------------------------------

const USAGE =
  "npm run bench:app -- [--scale tiny|small|region|national] [--reuse] [--n 30] [--seconds 10] [--skip-build]";
function parseArgs(argv: string[]) {
  const o = { scale: "national", reuse: false, n: 30, seconds: 10, skipBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (a === "--scale") o.scale = value();
    else if (a === "--n") o.n = Number(value());
    else if (a === "--seconds") o.seconds = Number(value());
    else if (a === "--reuse") o.reuse = true;
    else if (a === "--skip-build") o.skipBuild = true;
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (!["tiny", "small", "region", "national"].includes(o.scale)) throw new Error(`unknown scale ${o.scale}`);
  if (!Number.isInteger(o.n) || o.n < 1) throw new Error("--n must be a whole number ≥ 1");
  if (!(o.seconds > 0)) throw new Error("--seconds must be a positive number");
  if (o.reuse && !process.env.DATABASE_URL) throw new Error("--reuse needs DATABASE_URL (a database with the data)");
  return o;
}
const opts = parseArgs(process.argv.slice(2));

const PORT = 3191;
const PG_PORT = 54393;
const BASE = `http://127.0.0.1:${PORT}`;
const JAAR = 2025; // the generated year; the app's clock stands just after it, so the work lists are current
const CLOCK = `${JAAR + 1}-01-05T10:00:00+01:00`;
const DIST = process.env.NEXT_DIST_DIR ?? ".next";

const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : "NaN");
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "NaN");
const log = (s: string) => console.log(`[bench] ${s}`);

// ---- Data from the database ------------------------------------------------------------------------------------

const NAAM = /^[\p{L}][\p{L}' -]*$/u;
const ymdToNl = (ymd: string) => `${ymd.slice(6, 8)}-${ymd.slice(4, 6)}-${ymd.slice(0, 4)}`;

async function pickData(db: pg.Client) {
  await db.query("SELECT setseed(0.42)"); // the same picks on the same data
  const q = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
    (await db.query<T>(sql, params)).rows;
  const users = async (role: string) =>
    (
      await q<{ username: string }>(`SELECT username FROM app_user WHERE username LIKE $1 ORDER BY id`, [
        `synth-${role}-%`,
      ])
    ).map((r) => r.username);
  const teamleiders = await users("teamleider");
  const [triage] = await users("triage");
  const [gedragswetenschapper] = await users("gedragswetenschapper");
  const [cm] = await q<{ username: string; n: string }>(
    `SELECT u.username, count(*) AS n FROM casus c JOIN app_user u ON u.id = c."casemanagerId"
     WHERE c.einddatum IS NULL GROUP BY u.username ORDER BY count(*) DESC, u.username LIMIT 1`,
  );
  if (!teamleiders.length || !triage || !gedragswetenschapper || !cm)
    throw new Error("no synthetic users or no open casussen with a casemanager: is the data generated?");
  const casussen = (
    await q<{ nummer: string }>(`SELECT nummer FROM casus WHERE einddatum IS NULL ORDER BY random() LIMIT 400`)
  ).map((r) => r.nummer);
  const bsn = (
    await q<{ bsn: string }>(
      `SELECT bsn FROM (SELECT DISTINCT bsn FROM betrokkene WHERE bsn IS NOT NULL) b ORDER BY random() LIMIT 600`,
    )
  )
    .map((r) => r.bsn)
    .filter(isRealBsn)
    .slice(0, 400);
  const naam = (
    await q<{ a: string }>(
      `SELECT a FROM (SELECT DISTINCT achternaam AS a FROM betrokkene WHERE achternaam IS NOT NULL) n
       ORDER BY random() LIMIT 600`,
    )
  )
    .map((r) => r.a.trim())
    .filter((a) => NAAM.test(a) && a.replace(/[^\p{L}]/gu, "").length >= 2)
    .slice(0, 400);
  const naamDatum = (
    await q<{ a: string; d: string }>(
      `SELECT achternaam AS a, geboortedatum AS d FROM betrokkene
       WHERE achternaam IS NOT NULL AND geboortedatum ~ '^(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$'
       ORDER BY random() LIMIT 600`,
    )
  )
    .filter((r) => NAAM.test(r.a.trim()) && Number(r.d.slice(0, 4)) <= JAAR)
    .map((r) => `${r.a.trim()} ${ymdToNl(r.d)}`)
    .slice(0, 400);
  for (const [k, v] of Object.entries({ casussen, bsn, naam, naamDatum }))
    if (v.length === 0) throw new Error(`nothing to pick for ${k}`);
  return {
    users: { teamleiders, triage, gedragswetenschapper, casemanager: cm.username },
    cmOpen: Number(cm.n),
    pools: { casus: casussen, bsn, naam, naamDatum } as Record<string, string[]>,
  };
}

/** The synthetic accounts can not log in (no real password hash, second factor required): give them the demo
 * password and no second factor, which demo mode (VT_DEMO=1) accepts — as for the demo accounts of the seed. */
async function letLogIn(db: pg.Client, usernames: string[]) {
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.query(
    `UPDATE app_user SET "passwordHash" = $1, "totpRequired" = false, "mustChangePassword" = false,
       "totpSecret" = NULL, "totpEnabledAt" = NULL, active = true
     WHERE username = ANY($2)`,
    [hash, usernames],
  );
}

// ---- The run ---------------------------------------------------------------------------------------------------

const rows: { label: string; who: string; p50: number; p95: number; kb: number | null }[] = [];
type LoadRow = { key: string; perS: number; p50: number; p95: number; errors: number; serverMs: number; pgMs: number };
const loadRows: LoadRow[] = [];
const figures: Record<string, string | number> = { scale: opts.scale };
let server: AppServer | null = null;
let stopPg = () => {};
let ownPg = false;
let figuresLine = "";

const onSignal = (sig: NodeJS.Signals) => {
  console.error(`[bench] ${sig}: stopping the server and the database`);
  server?.killNow();
  stopPg();
  process.exit(130);
};
process.once("SIGINT", onSignal);
process.once("SIGTERM", onSignal);

for (const p of process.env.DATABASE_URL ? [PORT] : [PORT, PG_PORT])
  if (await portInUse(p)) throw new Error(`port ${p} is in use: stop what runs there first`);
if (!process.env.DATABASE_URL) {
  stopPg = startThrowawayPg(PG_PORT);
  ownPg = true;
  log(`throwaway PostgreSQL at ${process.env.DATABASE_URL}`);
}
const env: NodeJS.ProcessEnv = {
  ...process.env,
  VT_DEMO: "1", // synthetic data on a bench database: demo mode (no second factor for the bench accounts)
  SEED_NO_CASES: "1",
  VT_TEST_CLOCK: CLOCK,
  NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
  NEXTAUTH_URL: BASE,
  AUDIT_HMAC_KEY: "bench-audit-key-0123456789abcdef012345",
};
delete env.AUDIT_CHAINS;
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};
const startServer = async (extra: Record<string, string> = {}) => {
  const t = performance.now();
  server = await startAppServer(PORT, { ...env, ...extra, NODE_ENV: "production" });
  log(`server ready in ${((performance.now() - t) / 1000).toFixed(1)} s ${JSON.stringify(extra)}`);
};
const stopServer = async () => {
  await server?.stop();
  server = null;
};

const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
let dbOpen = false;
try {
  if (!opts.reuse) {
    const t = performance.now();
    run("npm", ["run", "--silent", "db:deploy"]);
    run("npm", ["run", "--silent", "db:seed"]);
    const out = run("npm", [
      "run",
      "--silent",
      "db:synth",
      "--",
      "--scale",
      opts.scale,
      "--seed",
      "1",
      "--jaar",
      `${JAAR}`,
    ]);
    console.log(out.trim().split("\n").at(-1));
    log(`data generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await db.connect();
  dbOpen = true;
  await db.query("VACUUM ANALYZE");
  const data = await pickData(db);
  const u = data.users;
  const bench = [...u.teamleiders, u.triage, u.gedragswetenschapper, u.casemanager];
  await letLogIn(db, bench);
  log(`demo password, no second factor, for ${bench.join(", ")}`);
  log(`casemanager with the most open casussen: ${u.casemanager} (${data.cmOpen} open)`);
  figures.cm_open = data.cmOpen;

  if (opts.skipBuild) {
    if (!fs.existsSync(path.join(DIST, "BUILD_ID"))) throw new Error(`--skip-build: no build in ${DIST}`);
  } else {
    const r = spawnSync("node", ["--import", "tsx", "scripts/build-if-stale.ts"], { env, stdio: "inherit" });
    if (r.status !== 0) throw new Error("the build failed");
  }
  const actionId = findActionId(DIST, ZOEK.file, ZOEK.action);
  log(`${ZOEK.action} has action id ${actionId} (${DIST}/server/server-reference-manifest.json)`);
  await startServer();

  // One session per role for the sequential timings; CLIENTS teamleider sessions for the concurrent ones.
  const who: Record<Exclude<As, null>, string> = {
    teamleider: u.teamleiders[0],
    triage: u.triage,
    gedragswetenschapper: u.gedragswetenschapper,
    casemanager: u.casemanager,
  };
  const sessions = {} as Record<Exclude<As, null>, Session>;
  for (const [role, username] of Object.entries(who))
    sessions[role as Exclude<As, null>] = await login(BASE, username, DEMO_PASSWORD);
  const crowd: Session[] = [];
  for (let i = 0; i < CLIENTS; i++)
    crowd.push(await login(BASE, u.teamleiders[i % u.teamleiders.length], DEMO_PASSWORD));
  log(`logged in: ${Object.values(who).join(", ")}; ${CLIENTS} sessions of ${u.teamleiders.join(", ")}`);

  const pool = (name: string, i: number) => data.pools[name][i % data.pools[name].length];
  const expand = (p: string, i: number) => p.replace("{casus}", () => pool("casus", i));

  // 1. Pages, one user.
  for (const page of PAGES) {
    const cookie = page.as ? sessions[page.as].cookie : undefined;
    const s = await sequential(opts.n, WARM, (i) => get(BASE, expand(page.path, i), cookie), page.path);
    rows.push({ label: page.path, who: page.as ? who[page.as] : "-", p50: s.p50, p95: s.p95, kb: s.bytes / 1024 });
    Object.assign(figures, {
      [`${page.key}_p50_ms`]: f0(s.p50),
      [`${page.key}_p95_ms`]: f0(s.p95),
      [`${page.key}_kb`]: f0(s.bytes / 1024),
    });
    if (page.follow) {
      const html = (await get(BASE, page.path, cookie)).text;
      const links = [...html.matchAll(/href="([^"]+)"/g)]
        .map((m) => m[1].replace(/&amp;/g, "&"))
        .filter((l) => page.follow!.test(l));
      for (const link of [...new Set(links)].slice(0, 3)) {
        const t = await sequential(opts.n, WARM, () => get(BASE, link, cookie), link);
        rows.push({ label: link.slice(0, 40), who: who[page.as!], p50: t.p50, p95: t.p95, kb: t.bytes / 1024 });
        const key = link
          .replace(/[^A-Za-z0-9]+/g, "_")
          .replace(/^_|_$/g, "")
          .toLowerCase(); // team_casussen_fase_x
        Object.assign(figures, { [`${key}_p95_ms`]: f0(t.p95), [`${key}_kb`]: f0(t.bytes / 1024) });
      }
    }
  }

  // 2. Searches, one user. Each kind is checked once to return casussen (not a message) before it is timed.
  const zoek = (cookie: string, zoekterm: string) => callAction(BASE, ZOEK.page, actionId, [{ zoekterm }], cookie);
  const checked = (h: Hit, what: string) => {
    const r = actionResult(h.text);
    if (h.status !== 200 || !r.ok) throw new Error(`${what}: HTTP ${h.status}, ${r.ok ? "" : r.message}`);
    return r.data as { soort: string; casussen: unknown[]; teVeel: boolean };
  };
  for (const s of SEARCHES) {
    const term = pool(s.pool, 0);
    const r = checked(await zoek(sessions.teamleider.cookie, term), `${s.label} "${term}"`);
    if (r.casussen.length === 0) throw new Error(`${s.label} "${term}": no casussen found`);
    log(`${s.label} "${term}": soort ${r.soort}, ${r.casussen.length} casussen${r.teVeel ? " (te veel)" : ""}`);
    const t = await sequential(
      opts.n,
      WARM,
      async (i) => {
        const h = await zoek(sessions.teamleider.cookie, pool(s.pool, i + 1));
        checked(h, s.label);
        return h;
      },
      s.label,
    );
    rows.push({ label: s.label, who: who.teamleider, p50: t.p50, p95: t.p95, kb: null });
    Object.assign(figures, { [`${s.key}_p50_ms`]: f0(t.p50), [`${s.key}_p95_ms`]: f0(t.p95) });
  }

  /** A closed loop with, over its measured window, the CPU time per answered request of the server process and of
   * all PostgreSQL processes (a steadier measure than requests per second on a shared machine). */
  const measured = async (call: (c: number, k: number) => Promise<Hit>, check?: (h: Hit) => boolean) => {
    const pid = server!.proc.pid!;
    let at: [number, number] = [NaN, NaN];
    let used: [number, number] = [NaN, NaN];
    const r = await closedLoop(CLIENTS, opts.seconds, WARM_S, call, check, (mark) => {
      const now: [number, number] = [cpuMs(pid), postgresCpuMs()];
      if (mark === "start") at = now;
      else used = [now[0] - at[0], now[1] - at[1]];
    });
    const n = r.perS * opts.seconds;
    return { ...r, serverMs: used[0] / n, pgMs: used[1] / n };
  };

  // 3. CLIENTS concurrent clients per scenario.
  const scenario = (key: (typeof LOAD)[number]) => (c: number, k: number) => {
    const i = c * 7919 + k;
    const cookie = crowd[c].cookie;
    if (key === "health") return get(BASE, "/api/health");
    if (key === "casus") return get(BASE, `/casussen/${pool("casus", i)}`, cookie);
    return zoek(cookie, pool(key === "bsn" ? "bsn" : "naam", i));
  };
  const check = (key: string) => (h: Hit) =>
    key === "bsn" || key === "naam" ? h.status === 200 && actionResult(h.text).ok : answered(h);
  for (const key of LOAD) {
    const r = await measured(scenario(key), check(key));
    loadRows.push({ key, ...r });
    if (r.errors) log(`${key}: ${r.errors} errors, first: ${r.firstError}`);
    figures[`${key}_per_s_${CLIENTS}`] = f1(r.perS);
    figures[`${key}_server_cpu_ms`] = f1(r.serverMs);
    figures[`${key}_pg_cpu_ms`] = f1(r.pgMs);
  }
  const floor = loadRows[0].perS;
  for (const r of loadRows.slice(1)) figures[`${r.key}_vs_health`] = (r.perS / floor).toFixed(3);

  // 4. The audited casus page under load: one global audit chain against the default chains.
  const chainsUsed = async (since: string) =>
    Number(
      (await db.query<{ n: string }>("SELECT count(DISTINCT chain) AS n FROM audit_event WHERE id > $1", [since]))
        .rows[0].n,
    );
  const lastAuditId = async () =>
    (await db.query<{ id: string }>("SELECT coalesce(max(id), 0)::text AS id FROM audit_event")).rows[0].id;
  const auditRuns: [string, Record<string, string>][] = [
    ["audit1", { AUDIT_CHAINS: "1" }],
    ["audit16", {}],
  ];
  for (const [key, extra] of auditRuns) {
    await stopServer();
    await startServer(extra);
    await sequential(1, WARM, (i) => get(BASE, `/casussen/${pool("casus", i)}`, crowd[0].cookie), "warm-up");
    const since = await lastAuditId();
    const r = await measured(scenario("casus"));
    const chains = await chainsUsed(since);
    loadRows.push({ key: `${key} (casus, ${chains} chains used)`, ...r });
    if (r.errors) log(`${key}: ${r.errors} errors, first: ${r.firstError}`);
    figures[`${key}_per_s`] = f1(r.perS);
    figures[`${key}_server_cpu_ms`] = f1(r.serverMs);
    figures[`${key}_chains_used`] = chains;
  }
  figures.load_errors = loadRows.reduce((n, r) => n + r.errors, 0);
  figures.audit16_vs_audit1 = (Number(figures.audit16_per_s) / Number(figures.audit1_per_s)).toFixed(2);

  // The table.
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(
    `\n${pad("page", 40)} ${pad("user", 30)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"KB".padStart(8)}`,
  );
  for (const r of rows)
    console.log(
      `${pad(r.label, 40)} ${pad(r.who, 30)} ${f0(r.p50).padStart(8)} ${f0(r.p95).padStart(8)} ${(r.kb === null ? "-" : f1(r.kb)).padStart(8)}`,
    );
  console.log(
    `\n${pad(`${CLIENTS} clients, ${opts.seconds} s`, 40)} ${"req/s".padStart(8)} ${"× health".padStart(9)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"errors".padStart(7)} ${"CPU ms/req: server".padStart(19)} ${"PostgreSQL".padStart(10)}`,
  );
  for (const r of loadRows)
    console.log(
      `${pad(r.key, 40)} ${f1(r.perS).padStart(8)} ${(r.perS / floor).toFixed(3).padStart(9)} ${f0(r.p50).padStart(8)} ${f0(r.p95).padStart(8)} ${String(r.errors).padStart(7)} ${f1(r.serverMs).padStart(19)} ${f1(r.pgMs).padStart(10)}`,
    );
  figuresLine = Object.entries(figures)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
} finally {
  await stopServer().catch((e) => console.error(`[bench] stopping the server: ${e}`));
  if (dbOpen) await db.end().catch(() => {});
  stopPg();
  for (const p of ownPg ? [PORT, PG_PORT] : [PORT])
    if (await portInUse(p)) console.error(`[bench] port ${p} is still in use`);
}
console.log(figuresLine);
