// npm test: every test. Unit, integration (embedded PGlite, or PostgreSQL when DATABASE_URL is set),
// end-to-end in headless Chromium. Stops at the first failing level.
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["unit", ["npx", "vitest", "run", "--project", "unit"]],
  ["integration", ["npx", "vitest", "run", "--project", "integration"]],
  ["e2e", ["node", "--import", "tsx", "scripts/e2e.ts"]],
];
const only = process.argv.slice(2);
for (const [name, [cmd, ...args]] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name} tests ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`\n${name} tests failed`);
    process.exit(r.status ?? 1);
  }
}
