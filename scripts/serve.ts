// The app's HTTP server: Next.js's own request handler behind a plain Node server that passes the socket's
// address to the app in X-VT-Socket-Address (replacing anything a client sent under that name), so the client
// address of the audit log and the login limits can not be chosen by the client (lib/auth/client-address.ts).
// In production mode it refuses to start without a proper NEXTAUTH_SECRET and AUDIT_HMAC_KEY.
//   npm run serve -- [-p PORT] [-H HOST]        (after `next build`)
import { createServer } from "node:http";
import next from "next";
import { productionProblem } from "../lib/auth/secret";
import { auditKeyProblem } from "../lib/auth/audit-key";
import { SOCKET_HEADER } from "../lib/auth/client-address";

const problem = productionProblem() ?? auditKeyProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}

const arg = (flag: string, fallback: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg("-p", process.env.PORT ?? "3000"));
const hostname = arg("-H", process.env.HOST ?? "0.0.0.0");

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  req.headers[SOCKET_HEADER] = req.socket.remoteAddress ?? "";
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`[serve] ready on http://${hostname}:${port}`);
});
