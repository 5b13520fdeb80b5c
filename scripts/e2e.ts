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
    const prod = await productionLogin(urlOf(names[1]));
    return runPlaywright({
      ...process.env,
      DATABASE_URL: urlOf(names[0]),
      E2E_PROD_DATABASE_URL: prod,
      E2E_PROD_MIGRATE_URL: urlOf(names[1]),
    });
  } finally {
    for (const n of names) await adminQuery(base, `DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
  }
}

/**
 * The production servers connect as production does: a login role in vt_app, which owns nothing (README:
 * Production). The migrations, which create vt_app, run first as the owner.
 */
async function productionLogin(ownerUrl: string): Promise<string> {
  const r = spawnSync("npm", ["run", "--silent", "db:deploy"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: ownerUrl },
  });
  if (r.status !== 0) throw new Error("migrating the production database failed");
  const password = crypto.randomBytes(12).toString("hex");
  await adminQuery(ownerUrl, `DROP ROLE IF EXISTS vt_app_e2e`);
  await adminQuery(ownerUrl, `CREATE ROLE vt_app_e2e LOGIN PASSWORD '${password}' IN ROLE vt_app`);
  const u = new URL(ownerUrl);
  u.username = "vt_app_e2e";
  u.password = password;
  return u.toString();
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
