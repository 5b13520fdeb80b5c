// What an account still needs before it can work: its own password (after a one-time password) and the second
// factor (required in production for everyone, in demo mode for all but the demo accounts).
import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db/client";
import { isDemoMode } from "@/lib/config/mode";
import { ALWAYS_SECOND_FACTOR } from "./permissions";

/** Required for this account: in production always; in demo mode as the account says, and always for the roles of
 * the permission map's ALWAYS_SECOND_FACTOR (the privacy officer: the log views and inzage reach every dossier). */
export const totpRequiredFor = (u: { totpRequired: boolean; role: Role }) =>
  u.totpRequired || !isDemoMode() || ALWAYS_SECOND_FACTOR.has(u.role);

export const needsSetup = (u: {
  mustChangePassword: boolean;
  totpRequired: boolean;
  totpEnabledAt: Date | null;
  role: Role;
}) => u.mustChangePassword || (totpRequiredFor(u) && !u.totpEnabledAt);

/** After a setup step: the session opens fully once nothing is left to do. */
export async function refreshPending(tx: Tx, userId: number, sessionId: string | undefined) {
  if (!sessionId) return;
  const u = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { mustChangePassword: true, totpRequired: true, totpEnabledAt: true, role: true },
  });
  await tx.session.update({ where: { id: sessionId }, data: { pending: needsSetup(u) ? "setup" : null } });
}
