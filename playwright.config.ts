import fs from "node:fs";
import { defineConfig, devices, chromium } from "@playwright/test";
import { TEST_NOW } from "./lib/testing/test-clock";
import { SERVE_NODE_ARGS } from "./scripts/serve-command";

// Playwright's own Chromium when installed, else PLAYWRIGHT_CHROMIUM_PATH or a system Chromium (Debian: chromium).
export function findChromium(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined;
  } catch {
    /* not installed */
  }
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => fs.existsSync(p));
}
const executablePath = findChromium();
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://127.0.0.1:${PORT}`;
// Several people can run journeys side by side: each with its own port, data directory and build directory.
const DATA_DIR = process.env.E2E_PGLITE_DIR ?? ".data/e2e";
const LEVERINGEN_DIR = `${DATA_DIR}-leveringen`;
const PROD_DB = process.env.E2E_PROD_DATABASE_URL;
export const PROD_A = "http://127.0.0.1:3101";
export const PROD_B = "http://127.0.0.1:3102";
/** The keys of the production-mode servers; the journey's user:create runs with them too. */
export const PROD_KEYS = {
  NEXTAUTH_SECRET: "e2e-productie-secret-0123456789abcdef0123456789",
  AUDIT_HMAC_KEY: "e2e-productie-audit-key-0123456789abcdef0123",
};

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1, // one app process, one embedded database
  retries: 0,
  reporter: [["list"]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  use: {
    baseURL: BASE,
    trace: "retain-on-failure",
    launchOptions: executablePath
      ? {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
          ],
        }
      : undefined,
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: "productie/**" },
    // Production mode, two app servers on one PostgreSQL database: only where scripts/e2e.ts made that database.
    ...(PROD_DB
      ? [{ name: "productie", use: { ...devices["Desktop Chrome"], baseURL: PROD_A }, testMatch: "productie/**" }]
      : []),
  ],
  webServer: [
    {
      // A fresh embedded database per run, unless DATABASE_URL points at a (throwaway) PostgreSQL database.
      // (scripts/e2e.ts gives each PostgreSQL run a fresh database.) The build is reused while the sources are unchanged.
      command: `rm -rf ${DATA_DIR} ${LEVERINGEN_DIR} && npm run db:deploy && npm run db:seed && node --import tsx scripts/build-if-stale.ts && node ${SERVE_NODE_ARGS.join(" ")} -p ${PORT} -H 127.0.0.1`,
      env: {
        PGLITE_DIR: DATA_DIR,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-0123456789abcdef0123456789",
        NEXTAUTH_URL: BASE,
        // The journeys run on demo data (also on PostgreSQL) and on the one test clock.
        VT_DEMO: "1",
        LEVERINGEN_DIR,
        VT_TEST_CLOCK: TEST_NOW,
        // As if a reverse proxy on this machine forwards the clients (e2e/auth/login-limits.spec.ts).
        TRUSTED_PROXIES: "127.0.0.1/32, ::1",
      },
      url: `${BASE}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    ...(PROD_DB ? productionServers(PROD_DB) : []),
  ],
});

/** Two production-mode servers (no VT_DEMO) on one database; the second starts once the first (which migrates) runs. */
function productionServers(databaseUrl: string) {
  const env = {
    DATABASE_URL: databaseUrl,
    ...PROD_KEYS,
    LEVERINGEN_DIR: `${DATA_DIR}-productie-leveringen`,
    TRUSTED_PROXIES: "127.0.0.1/32, ::1",
  };
  const serve = (port: number) => `node ${SERVE_NODE_ARGS.join(" ")} -p ${port} -H 127.0.0.1`;
  return [
    {
      // Migrated by scripts/e2e.ts as the owner; this server, like production, is a role that owns nothing.
      command: `npm run db:seed && node --import tsx scripts/build-if-stale.ts && ${serve(3101)}`,
      env: { ...env, NEXTAUTH_URL: PROD_A },
      url: `${PROD_A}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe" as const,
    },
    {
      command: `node scripts/wait-for.mjs ${PROD_A}/api/health && ${serve(3102)}`,
      env: { ...env, NEXTAUTH_URL: PROD_B },
      url: `${PROD_B}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe" as const,
    },
  ];
}
