// Processes of `npm run bench:app` (scripts/bench-app.ts): the throwaway PostgreSQL server and the production app
// server (scripts/serve.ts), each stopped again by the bench, also when it fails or is interrupted.
import { SERVE_NODE_ARGS } from "./serve-command";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

/** True when something accepts connections on the port. */
export function portInUse(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host });
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

/** A throwaway cluster (scripts/pg-throwaway.sh): sets DATABASE_URL and PGTMP in process.env; returns its stop. */
export function startThrowawayPg(port: number): () => void {
  const out = execFileSync("bash", ["scripts/pg-throwaway.sh", "start", String(port)], { encoding: "utf8" });
  Object.assign(process.env, Object.fromEntries([...out.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])));
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    try {
      execFileSync("bash", ["scripts/pg-throwaway.sh", "stop"], { stdio: "inherit", env: process.env });
    } catch (e) {
      console.error(`[bench] stopping PostgreSQL failed: ${e}`);
    }
  };
}

export type AppServer = { proc: ChildProcess; stop: () => Promise<void>; killNow: () => void };

/**
 * `node --import tsx scripts/serve.ts` in its own process group, resolved once it says it is ready. Its output is
 * kept (the last lines are shown when it fails to start); its error output goes to ours.
 */
/** The production server; BENCH_NODE_ARGS adds node flags to it (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"). */
export async function startAppServer(port: number, env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<AppServer> {
  const proc = spawn(
    "node",
    [
      ...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
      ...SERVE_NODE_ARGS,
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let tail = "";
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    proc.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const killNow = () => {
    if (exited || !proc.pid) return;
    try {
      process.kill(-proc.pid, "SIGKILL");
    } catch {
      /* gone */
    }
  };
  const stop = async () => {
    if (exited || !proc.pid) return;
    try {
      process.kill(-proc.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(killNow, 10_000);
    await exit;
    clearTimeout(timer);
  };
  proc.stderr!.on("data", (d) => process.stderr.write(`[server] ${d}`));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server not ready after ${timeoutMs / 1000} s:\n${tail}`)),
      timeoutMs,
    );
    proc.stdout!.on("data", (d) => {
      tail = (tail + d).slice(-4000);
      if (tail.includes("ready on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before it was ready (code ${proc.exitCode}):\n${tail}`));
    });
  }).catch(async (e) => {
    await stop();
    throw e;
  });
  return { proc, stop, killNow };
}

/** CPU time (user + system, ms) process `pid` has used so far, from /proc (Linux: 100 ticks a second); NaN where it
 * can not be read. */
export function cpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** CPU time (ms) of every PostgreSQL process of this machine (server, backends, writers) so far; NaN without /proc. */
export function postgresCpuMs(): number {
  if (!fs.existsSync("/proc/self/stat")) return NaN;
  let ms = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    let comm = "";
    try {
      comm = fs.readFileSync(`/proc/${pid}/comm`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    if (comm.startsWith("postgres")) ms += cpuMs(Number(pid)) || 0;
  }
  return ms;
}
