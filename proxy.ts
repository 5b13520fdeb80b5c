// Next 16 proxy (ex-middleware). Every response gets the security headers with a fresh CSP nonce
// (lib/auth/security-headers.ts). Without a valid next-auth JWT a page goes to the login page; the session row
// itself is checked by every page and action (lib/auth/current-user.ts). A server action is let through: it
// answers for itself (lib/auth/door.ts), so a form whose session ended hears "Uw sessie is verlopen" and keeps
// its input instead of being sent away.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { getAuthSecret } from "@/lib/auth/secret";
import { authCookies, servedOverHttps } from "@/lib/auth/cookies";
import { securityHeaders } from "@/lib/auth/security-headers";
import { decodeSessionToken } from "@/lib/auth/session-token";

function withSecurityHeaders(req: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = securityHeaders(nonce, servedOverHttps());
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

const auth = withAuth((req: NextRequestWithAuth) => withSecurityHeaders(req), {
  pages: { signIn: "/login", error: "/inlogfout" },
  secret: getAuthSecret(),
  jwt: { decode: decodeSessionToken },
  cookies: { sessionToken: { name: authCookies().sessionToken.name } },
  callbacks: { authorized: ({ req, token }) => !!token || req.headers.has("next-action") },
});

export default async function proxy(req: NextRequest, ev: NextFetchEvent) {
  // A server action lets itself through whatever the token (above) and reads the session itself: not decrypted
  // twice for every search.
  if (req.method === "POST" && req.headers.has("next-action")) return withSecurityHeaders(req);
  // withAuth passes its own pages (login, error, /api/auth) through without calling the function above.
  return (await auth(req as NextRequestWithAuth, ev)) ?? withSecurityHeaders(req);
}

export const config = {
  matcher: ["/((?!api/health|api/documenten|_next/static|_next/image|favicon.ico|favicon.svg|robots.txt).*)"],
};
