// authorize(user, permission, resource): the only question pages, actions and routes ask. A refusal is
// audited (in its own transaction: there is no work to join) and raised as Forbidden.
import "server-only";
import { prisma } from "@/lib/db/client";
import { writeAudit, type Actor } from "./audit";
import { Forbidden } from "./errors";
import { roleHas, type Permission } from "./permissions";

export type Resource = { type: string; id?: string | number | null; casusId?: number | null };

/** While an account is being set up (a one-time password, no second factor yet) only its own setup is allowed. */
const DURING_SETUP: ReadonlySet<Permission> = new Set(["account:self"]);

export async function authorize(user: Actor, permission: Permission, resource?: Resource): Promise<void> {
  const granted = roleHas(user.role, permission) || !!user.grants?.includes(permission);
  if (granted && (!user.pending || DURING_SETUP.has(permission))) return;
  await auditDenied(user, permission, resource);
  throw new Forbidden(permission);
}

export async function auditDenied(user: Actor | null, permission: string, resource?: Resource) {
  await prisma.$transaction(async (tx) => {
    await writeAudit(tx, {
      actor: user,
      action: "READ",
      outcome: "DENIED",
      entityType: resource?.type ?? "page",
      entityId: resource?.id ?? null,
      casusId: resource?.casusId ?? null,
      detail: `permission ${permission} refused`,
    });
  });
}
