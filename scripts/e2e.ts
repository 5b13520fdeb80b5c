// End-to-end tests in headless Chromium; finds a browser by itself or says in one sentence how to get one.
// With DATABASE_URL (PostgreSQL) the run gets a database of its own, made fresh and dropped afterwards, so no
// run sees what an earlier one left behind.
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
  const name = `e2e_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  try {
    return runPlaywright({ ...process.env, DATABASE_URL: url.toString() });
  } finally {
    await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
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
