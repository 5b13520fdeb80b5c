// HTTP side of `npm run bench:app` (scripts/bench-app.ts): logging in through next-auth, timing pages and the
// search action the way the browser calls them, and closed-loop throughput with concurrent clients.
import fs from "node:fs";
import path from "node:path";

export type Session = { username: string; cookie: string };
export type Hit = { status: number; bytes: number; ms: number; text: string };

export const pct = (xs: number[], p: number) =>
  xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const cookiesOf = (r: Response) => (r.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);

/** next-auth's credentials flow: a CSRF token (and its cookie), then the callback; the session cookie comes back. */
export async function login(base: string, username: string, password: string): Promise<Session> {
  const r1 = await fetch(`${base}/api/auth/csrf`);
  const jar = cookiesOf(r1);
  const { csrfToken } = (await r1.json()) as { csrfToken: string };
  const r2 = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  await r2.arrayBuffer();
  const all = [...jar, ...cookiesOf(r2)];
  if (!all.some((c) => c.split("=")[0].endsWith("session-token")))
    throw new Error(`login as ${username} failed (HTTP ${r2.status}, ${r2.headers.get("location") ?? "no location"})`);
  return { username, cookie: all.join("; ") };
}

/** A GET as the browser's navigation would do it (no redirects followed: a redirect to /login is a failure). */
export async function get(base: string, urlPath: string, cookie?: string): Promise<Hit> {
  const t = performance.now();
  const r = await fetch(`${base}${urlPath}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const body = Buffer.from(await r.arrayBuffer());
  return { status: r.status, bytes: body.length, ms: performance.now() - t, text: "" + body };
}

/**
 * A server action called over HTTP as React's client does: POST to the page with the action's id in `Next-Action`,
 * the arguments encoded as a JSON array in a text body (a plain object argument needs no multipart form).
 */
export async function callAction(
  base: string,
  page: string,
  actionId: string,
  args: unknown[],
  cookie: string,
): Promise<Hit> {
  const t = performance.now();
  const r = await fetch(`${base}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      cookie,
      origin: base,
      accept: "text/x-component",
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
    },
    body: JSON.stringify(args),
  });
  const text = await r.text();
  return { status: r.status, bytes: Buffer.byteLength(text), ms: performance.now() - t, text };
}

/** The action id of `exportedName` in `file` from the build's server-reference manifest. */
export function findActionId(distDir: string, file: string, exportedName: string): string {
  const manifestPath = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids = Object.entries(manifest.node)
    .filter(([, v]) => v.filename === file && v.exportedName === exportedName)
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`${manifestPath}: ${ids.length} entries for ${file} ${exportedName}`);
  return ids[0];
}

/** The result row of an action reply (React's flight format: `1:{"ok":true,…}`), or why not. */
export function actionResult(text: string): { ok: true; data: unknown } | { ok: false; message: string } {
  for (const line of text.split("\n")) {
    const m = /^[0-9a-f]+:(\{"ok":.*)$/.exec(line);
    if (!m) continue;
    try {
      return JSON.parse(m[1]);
    } catch {
      /* a row React encoded further: try the next */
    }
  }
  return { ok: false, message: `no action result in the reply: ${text.slice(0, 300)}` };
}

/** The heading of the app's error page (app/error.tsx): a streamed page can fail after its status 200 was sent. */
export const ERROR_PAGE = "Er ging iets mis";
/** A real answer: 200, and not the error page in the body. */
export const answered = (h: Hit) => h.status === 200 && !h.text.includes(ERROR_PAGE);

/** n timed calls after `warm` untimed ones, one after the other; each call gets its sequence number. */
export async function sequential(n: number, warm: number, call: (i: number) => Promise<Hit>, what: string) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < warm + n; i++) {
    const h = await call(i);
    if (!answered(h)) throw new Error(`${what}: HTTP ${h.status} ${h.text.slice(0, 200)}`);
    if (i >= warm) {
      times.push(h.ms);
      bytes += h.bytes;
    }
  }
  return { p50: pct(times, 0.5), p95: pct(times, 0.95), bytes: bytes / n };
}

/**
 * Closed loop: `clients` loops, each sending its next request as soon as the last one is answered, for `seconds`
 * after `warmSeconds` of the same load. Counted: the answers that arrive within the measured window (also of
 * requests sent during the warm-up). Requests per second, latencies under load, failures (an error status, the
 * error page, or what `check` refuses). `window` is told when the measured window starts and ends (to read the
 * processes' CPU time over it).
 */
export async function closedLoop(
  clients: number,
  seconds: number,
  warmSeconds: number,
  call: (client: number, k: number) => Promise<Hit>,
  check: (h: Hit) => boolean = answered,
  window?: (mark: "start" | "end") => void,
) {
  const start = performance.now() + warmSeconds * 1000;
  const end = start + seconds * 1000;
  if (window) {
    setTimeout(() => window("start"), warmSeconds * 1000);
    setTimeout(() => window("end"), (warmSeconds + seconds) * 1000);
  }
  const times: number[] = [];
  let errors = 0;
  let firstError = "";
  const loop = async (c: number) => {
    for (let k = 0; performance.now() < end; k++) {
      const t = performance.now();
      let h: Hit;
      try {
        h = await call(c, k);
      } catch (e) {
        h = { status: 0, bytes: 0, ms: performance.now() - t, text: String(e) };
      }
      const done = performance.now();
      if (done < start || done > end) continue;
      if (check(h)) times.push(h.ms);
      else {
        errors++;
        firstError ||= `HTTP ${h.status} ${h.text.includes(ERROR_PAGE) ? "(error page)" : h.text.slice(0, 200)}`;
      }
    }
  };
  await Promise.all([...Array(clients).keys()].map(loop));
  return { perS: times.length / seconds, p50: pct(times, 0.5), p95: pct(times, 0.95), errors, firstError };
}
