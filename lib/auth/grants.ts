// Permissions an organisation setting gives beyond the role map (lib/auth/permissions.ts). One today: NEN 7513
// wants the log views apart from user management, so they are the privacy officer's; a small organisation
// without one may give them to the beheerder too (Organisatie.beheerderLogInzage, on the Instellingen page).
import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db/client";
import type { Permission } from "./permissions";

export const SETTING_GRANTS = [{ role: "BEHEERDER", permission: "audit:read" }] as const satisfies readonly {
  role: Role;
  permission: Permission;
}[];

export async function grantsFor(role: Role): Promise<Permission[]> {
  const mine = SETTING_GRANTS.filter((g) => g.role === role);
  if (mine.length === 0) return [];
  const org = await prisma.organisatie.findUnique({ where: { id: 1 }, select: { beheerderLogInzage: true } });
  return org?.beheerderLogInzage ? mine.map((g) => g.permission) : [];
}
