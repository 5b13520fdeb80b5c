// End-to-end tests in headless Chromium; finds a browser by itself or says in one sentence how to get one.
import { spawnSync } from "node:child_process";
import { findChromium } from "../playwright.config";
import fs from "node:fs";
import { chromium } from "@playwright/test";

const bundled = (() => { try { return fs.existsSync(chromium.executablePath()); } catch { return false; } })();
if (!bundled && !findChromium()) {
  console.error("No Chromium found: install one with `apt-get install -y chromium` (or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary) and run the tests again.");
  process.exit(1);
}
const r = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
