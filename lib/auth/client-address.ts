// The client address for the audit log and the login limits. It is the socket's address, which the app's server
// (scripts/serve.mjs) passes in X-VT-Socket-Address, replacing whatever a client sent under that name. Only
// when that socket is a proxy named in TRUSTED_PROXIES (CIDRs) is X-Forwarded-For read: from the right, the first
// address that is not itself a trusted proxy. A client can therefore never choose its own address.
import ipaddr from "ipaddr.js";

type Addr = ipaddr.IPv4 | ipaddr.IPv6;
type Range = [Addr, number];
export const SOCKET_HEADER = "x-vt-socket-address";

export function parseTrustedProxies(list: string | undefined): Range[] {
  return (list ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s): Range => {
      if (s.includes("/")) return ipaddr.parseCIDR(s) as Range;
      const a = ipaddr.parse(s);
      return [a, a.kind() === "ipv4" ? 32 : 128];
    });
}

function parseAddr(s: string): Addr | null {
  let t = s.trim();
  if (t.startsWith("[") && t.includes("]")) t = t.slice(1, t.indexOf("]"));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(t)) t = t.split(":")[0];
  return ipaddr.isValid(t) ? ipaddr.process(t) : null; // ::ffff:1.2.3.4 becomes 1.2.3.4
}

const isTrusted = (a: Addr, trusted: Range[]) =>
  trusted.some(([range, bits]) => a.kind() === range.kind() && a.match(range as never, bits));

/** The client's address from the socket's and the X-Forwarded-For header, given the trusted proxies. */
export function clientAddress(
  socket: string | null | undefined,
  forwardedFor: string | null | undefined,
  trusted: Range[],
): string {
  const sock = socket ? parseAddr(socket) : null;
  if (!sock) return "onbekend";
  if (!isTrusted(sock, trusted)) return sock.toString();
  let last = sock;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean)
    .reverse();
  for (const h of hops) {
    const a = parseAddr(h);
    if (!a) break;
    if (!isTrusted(a, trusted)) return a.toString();
    last = a;
  }
  return last.toString();
}

let trustedFromEnv: Range[] | undefined;

/** The client address of a request, by its headers (as set by scripts/serve.mjs). */
export function clientAddressOf(header: (name: string) => string | null | undefined): string {
  trustedFromEnv ??= parseTrustedProxies(process.env.TRUSTED_PROXIES);
  return clientAddress(header(SOCKET_HEADER), header("x-forwarded-for"), trustedFromEnv).slice(0, 64);
}
