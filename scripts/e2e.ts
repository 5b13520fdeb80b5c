// End-to-end tests in headless Chromium; finds a browser by itself or says in one sentence how to get one.
// With DATABASE_URL (PostgreSQL) the run gets databases of its own, made fresh and dropped afterwards, so no run
// sees what an earlier one left behind; it then also runs the production journeys (e2e/productie: production
// mode, two app servers on one database).
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { findChromium } from "../playwright.config";
import { adminQuery } from "../lib/testing/pg-admin";

const bundled = (() => {
  try {
    return fs.existsSync(chromium.executablePath());
  } catch {
    return false;
  }
})();
if (!bundled && !findChromium()) {
  console.error(
    "No Chromium found: install one with `apt-get install -y chromium` (or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary) and run the tests again.",
  );
  process.exit(1);
}

async function main(): Promise<number> {
  const base = process.env.DATABASE_URL;
  if (!base) return runPlaywright(process.env);
  // One database for the demo journeys, one for the production journeys (two app servers share it).
  const names = ["demo", "productie"].map((k) => `e2e_${k}_${crypto.randomBytes(4).toString("hex")}`);
  const urlOf = (name: string) => {
    const u = new URL(base);
    u.pathname = `/${name}`;
    return u.toString();
  };
  for (const n of names) await adminQuery(base, `CREATE DATABASE ${n}`);
  try {
    return runPlaywright({ ...process.env, DATABASE_URL: urlOf(names[0]), E2E_PROD_DATABASE_URL: urlOf(names[1]) });
  } finally {
    for (const n of names) await adminQuery(base, `DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
  }
}

function runPlaywright(env: NodeJS.ProcessEnv): number {
  return spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env }).status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
