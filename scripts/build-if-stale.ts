// Builds the app (next build) unless the last build is newer than every source file. Used by `npm start` and
// the end-to-end runs, so the PostgreSQL run of CI reuses the build of the embedded one.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

function newestSource(dirs: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    for (const e of fs.readdirSync(p, { withFileTypes: true })) {
      const f = path.join(p, e.name);
      if (e.isDirectory()) walk(f);
      else newest = Math.max(newest, fs.statSync(f).mtimeMs);
    }
  };
  for (const d of dirs) if (fs.existsSync(d)) walk(d);
  for (const f of [
    "package.json",
    "package-lock.json",
    "next.config.js",
    "proxy.ts",
    "tsconfig.json",
    "postcss.config.mjs",
  ]) {
    if (fs.existsSync(f)) newest = Math.max(newest, fs.statSync(f).mtimeMs);
  }
  return newest;
}

export function buildIfStale(env: NodeJS.ProcessEnv = process.env) {
  const buildId = path.join(env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (
    fs.existsSync(buildId) &&
    fs.statSync(buildId).mtimeMs >= newestSource(["app", "components", "lib", "generated", "public"])
  ) {
    console.log("[build] the last build is current");
    return;
  }
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
