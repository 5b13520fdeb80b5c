// npm run bench:dossier
// On a throwaway PostgreSQL server with the demo data and the production build (`scripts/serve.ts`):
//  1. a dossier of 300 journaalregels (with aanvullingen), 50 documents and 40 corrections on demo casus 4; the
//     casus page is opened 30 times as its case manager (p50/p95), against the same page of demo casus 3 (a small
//     dossier) measured in the same run (ratio);
//  2. three uploads of a 20 MB PDF through the real route: time per upload and the server's peak RSS rise during
//     it (sampled from /proc every 10 ms), as a multiple of the file size.
// Prints one figures line last. No assertions: the figures are for BENCHMARKS.md.
import { SERVE_NODE_ARGS } from "./serve-command";
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";

const PORT = 3190;
const BASE = `http://127.0.0.1:${PORT}`;
const MB20 = 20 * 1024 * 1024;

let stopPg = () => {};
if (!process.env.DATABASE_URL) {
  const out = execFileSync("bash", ["scripts/pg-throwaway.sh", "start", "54392"], { encoding: "utf8" });
  Object.assign(process.env, Object.fromEntries([...out.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])));
  stopPg = () => execFileSync("bash", ["scripts/pg-throwaway.sh", "stop"], { stdio: "inherit", env: process.env });
}
const env = {
  ...process.env,
  VT_DEMO: "1",
  NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
  NEXTAUTH_URL: BASE,
  AUDIT_HMAC_KEY: "bench-audit-key-0123456789abcdef012345",
  VT_TEST_CLOCK: "2026-11-23T10:00:00+01:00",
};
const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { env, stdio: ["ignore", "ignore", "inherit"] });
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function vulDossier() {
  process.env.VT_DEMO = "1";
  process.env.VT_TEST_CLOCK = env.VT_TEST_CLOCK;
  const { prisma } = await import("../lib/db/client");
  const casus = await prisma.casus.findFirstOrThrow({ where: { nummer: { endsWith: "-000004" } } });
  const cm = await prisma.user.findUniqueOrThrow({ where: { username: "casemanager" } });
  const b = await prisma.betrokkene.findMany({ where: { casusId: casus.id } });
  for (let i = 0; i < 300; i++) {
    const r = await prisma.journaalRegel.create({
      data: {
        casusId: casus.id,
        datumTijd: new Date(Date.UTC(2026, 3, 1) + i * 3_600_000 * 7),
        soort: ["telefoongesprek", "huisbezoek", "mdo", "email_brief"][i % 4],
        verslag: `Verslag ${i}: ${"Moeder vertelt over de week; de kinderen waren aanwezig. ".repeat(20)}`,
        belangrijk: i % 10 === 0,
        auteurId: cm.id,
        betrokkenen: { create: [{ betrokkeneId: b[i % b.length].id }] },
      },
    });
    await prisma.journaalRegel.update({ where: { id: r.id }, data: { vastgelegdOp: new Date() } });
    if (i % 5 === 0)
      await prisma.journaalAanvulling.create({ data: { regelId: r.id, auteurId: cm.id, tekst: "Aanvulling." } });
  }
  const inhoud = Buffer.concat([Buffer.from("%PDF-1.4\n"), crypto.randomBytes(100 * 1024)]);
  for (let i = 0; i < 50; i++) {
    const doc = await prisma.document.create({
      data: {
        casusId: casus.id,
        titel: `Document ${i}`,
        soort: "rapport",
        datum: new Date(Date.UTC(2026, 4, 1 + (i % 28))),
        bestandsnaam: `document-${i}.pdf`,
        mediaType: "application/pdf",
        grootte: inhoud.length,
        sha256: crypto.createHash("sha256").update(inhoud).digest("hex"),
        toegevoegdDoorId: cm.id,
      },
    });
    await prisma.documentDeel.create({ data: { documentId: doc.id, volgnummer: 0, bytes: inhoud } });
  }
  for (let i = 0; i < 40; i++)
    await prisma.correctie.create({
      data: {
        casusId: casus.id,
        entityType: "betrokkene",
        entityId: b[i % b.length].id,
        reden: `Correctie ${i}`,
        wijzigingen: [{ veld: "telefoon", label: "Telefoon", oud: "(leeg)", nieuw: `06-${i}` }],
        doorId: cm.id,
      },
    });
  await prisma.$disconnect();
  return casus.nummer;
}

async function login(username: string): Promise<string> {
  const r1 = await fetch(`${BASE}/api/auth/csrf`);
  const jar = (r1.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
  const { csrfToken } = (await r1.json()) as { csrfToken: string };
  const r2 = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password: "Demo-wachtwoord-2026", json: "true" }),
  });
  return [...jar, ...(r2.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0])].join("; ");
}

async function timePage(cookie: string, path: string, n: number) {
  const times: number[] = [];
  for (let i = 0; i < n + 3; i++) {
    const t = performance.now();
    const r = await fetch(`${BASE}${path}`, { headers: { cookie } });
    const body = await r.text();
    if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
    if (i >= 3) times.push(performance.now() - t);
    if (i === 3) console.log(`[bench] ${path}: ${Math.round(body.length / 1024)} kB`);
  }
  return times;
}

const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) * 1024;

async function upload(cookie: string, pid: number, casusnummer: string) {
  const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), crypto.randomBytes(MB20 - 9)]);
  const meta = {
    casusnummer,
    titel: "Groot rapport",
    soort: "rapport",
    datum: "2026-11-20",
    bestandsnaam: "rapport.pdf",
  };
  global.gc?.();
  await new Promise((r) => setTimeout(r, 500));
  const voor = rss(pid);
  let piek = voor;
  const timer = setInterval(() => (piek = Math.max(piek, rss(pid))), 10);
  const t = performance.now();
  const r = await fetch(`${BASE}/api/documenten`, {
    method: "POST",
    body: pdf,
    headers: {
      cookie,
      origin: BASE,
      "content-type": "application/octet-stream",
      "x-document": encodeURIComponent(JSON.stringify(meta)),
    },
  });
  const ms = performance.now() - t;
  clearInterval(timer);
  const res = (await r.json()) as { ok: boolean; message?: string };
  if (!res.ok) throw new Error(`upload: ${res.message}`);
  return { ms, stijging: piek - voor };
}

let figures = "";
let server: ReturnType<typeof spawn> | null = null;
try {
  sh("npm", ["run", "--silent", "db:deploy"]);
  sh("npm", ["run", "--silent", "db:seed"]);
  const groot = await vulDossier();
  const klein = groot.replace(/-000004$/, "-000003");
  sh("node", ["--import", "tsx", "scripts/build-if-stale.ts"]);
  server = spawn("node", [...SERVE_NODE_ARGS, "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((ok) => server!.stdout!.on("data", (d) => String(d).includes("ready") && ok()));
  const cookie = await login("casemanager");
  const basis = await timePage(cookie, `/casussen/${klein}`, 30);
  const dossier = await timePage(cookie, `/casussen/${groot}`, 30);
  const uploads = [];
  for (let i = 0; i < 3; i++) uploads.push(await upload(cookie, server.pid!, groot));
  const f = (x: number) => x.toFixed(0);
  figures = [
    `casus_p50_ms=${f(pct(dossier, 0.5))}`,
    `casus_p95_ms=${f(pct(dossier, 0.95))}`,
    `baseline_p95_ms=${f(pct(basis, 0.95))}`,
    `ratio_p95=${(pct(dossier, 0.95) / pct(basis, 0.95)).toFixed(2)}`,
    `upload20mb_median_ms=${f(
      pct(
        uploads.map((u) => u.ms),
        0.5,
      ),
    )}`,
    `upload_rss_rise_max_mb=${(Math.max(...uploads.map((u) => u.stijging)) / 1024 / 1024).toFixed(1)}`,
    `rise_per_file=${(Math.max(...uploads.map((u) => u.stijging)) / MB20).toFixed(2)}`,
  ].join(" ");
} finally {
  server?.kill("SIGTERM");
  stopPg();
}
console.log(figures);
