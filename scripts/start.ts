// npm start: migrate the database (embedded PGlite unless DATABASE_URL is set), load demo data when it is
// empty, build when the sources are newer than the last build, and serve on http://localhost:3000.
import { SERVE_NODE_ARGS } from "./serve-command";
import { spawnSync, spawn } from "node:child_process";
import { buildIfStale } from "./build-if-stale";

const port = process.env.PORT ?? "3000";
const env = { ...process.env, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run("npm", ["run", "db:deploy"]);
run("npm", ["run", "db:seed"]);
buildIfStale(env);
console.log(`\nVeilig Thuis registratie: http://localhost:${port}\n`);
const server = spawn("node", [...SERVE_NODE_ARGS, "-p", port], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
