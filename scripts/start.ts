// npm start: migrate the database (embedded PGlite unless DATABASE_URL is set), load demo data when it is
// empty, build when the sources are newer than the last build, and serve on http://localhost:3000.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.env.PORT ?? "3000";
const env = { ...process.env, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

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
  for (const f of ["package.json", "next.config.js", "proxy.ts"]) if (fs.existsSync(f)) newest = Math.max(newest, fs.statSync(f).mtimeMs);
  return newest;
}

run("npm", ["run", "db:deploy"]);
run("npm", ["run", "db:seed"]);
const buildId = ".next/BUILD_ID";
if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSource(["app", "components", "lib", "generated", "public"])) {
  run("npm", ["run", "build"]);
}
console.log(`\nVeilig Thuis registratie: http://localhost:${port}\n`);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
