// Resolves the user of the current request: next-auth's JWT gives the session id; the session row decides.
// The cookie is only decoded (./session-token.ts: next-auth's decryption and expiry check, its key derived once), not
// run through next-auth's session handler, which also re-encrypts a fresh token on every call — a cookie a server
// component can not even set.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getAuthSecret } from "./secret";
import { authCookies } from "./cookies";
import { decodeSessionToken } from "./session-token";
import { resolveSession } from "./sessions";
import { clientAddressOf } from "./client-address";
import type { Actor } from "./audit";

export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const sid = await getCurrentSessionId();
  if (!sid) return null;
  const h = await headers();
  return resolveSession(
    sid,
    clientAddressOf((n) => h.get(n)),
  );
});

/** The session id in the request's session cookie; null without a cookie, or with one that is forged or expired. */
export async function getCurrentSessionId(): Promise<string | null> {
  const token = (await cookies()).get(authCookies().sessionToken.name)?.value;
  if (!token) return null;
  const payload = await decodeSessionToken({ token, secret: getAuthSecret() }).catch(() => null);
  const sid = payload?.sid;
  return typeof sid === "string" ? sid : null;
}
