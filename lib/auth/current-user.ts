// Resolves the user of the current request: next-auth's JWT gives the session id; the session row decides.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getServerSession } from "next-auth";
import { getAuthOptions } from "./options";
import { resolveSession } from "./sessions";
import { clientAddressOf } from "./client-address";
import type { Actor } from "./audit";

export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(getAuthOptions());
  const sid = (session as { sid?: unknown } | null)?.sid;
  if (typeof sid !== "string") return null;
  const h = await headers();
  return resolveSession(
    sid,
    clientAddressOf((n) => h.get(n)),
  );
});

export async function getCurrentSessionId(): Promise<string | null> {
  const session = await getServerSession(getAuthOptions());
  const sid = (session as { sid?: unknown } | null)?.sid;
  return typeof sid === "string" ? sid : null;
}
