// Pages: requireUser() for the signed-in user, requirePage(permission) for a page of the permission map (a
// refusal is audited and shows "Geen toegang"). Server actions go through lib/auth/door.ts, route handlers
// through lib/auth/route.ts, reads of case data through lib/auth/audited-read.ts.
import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "./audit";
import { authorize, type Resource } from "./authorize";
import { getCurrentUser } from "./current-user";
import { Forbidden } from "./errors";
import type { Permission } from "./permissions";

/** The signed-in user; an account that must still be set up goes to its setup page first. */
export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.pending) redirect("/account/instellen");
  return user;
}

export async function requirePage(permission: Permission, resource?: Resource): Promise<Actor> {
  const user = await requireUser();
  try {
    await authorize(user, permission, resource ?? { type: "page", id: permission });
  } catch (e) {
    if (e instanceof Forbidden) redirect("/geweigerd");
    throw e;
  }
  return user;
}
