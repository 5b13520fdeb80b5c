import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { encryptSecret } from "@/lib/auth/totp-secret";
import { ALWAYS_SECOND_FACTOR } from "@/lib/auth/permissions";

/** Demo accounts: for demo data only. The README lists them. */
export const DEMO_PASSWORD = "Demo-wachtwoord-2026";
export const DEMO_USERS: { username: string; displayName: string; role: Role }[] = [
  { username: "triage", displayName: "Tessa de Vries", role: "TRIAGE" },
  { username: "triage2", displayName: "Youssef El Amrani", role: "TRIAGE" },
  { username: "casemanager", displayName: "Carla Jansen", role: "CASEMANAGER" },
  { username: "casemanager2", displayName: "Mark Visser", role: "CASEMANAGER" },
  { username: "casemanager3", displayName: "Ilse Kramer", role: "CASEMANAGER" },
  { username: "gedragswetenschapper", displayName: "Dr. Gerda Bakker", role: "GEDRAGSWETENSCHAPPER" },
  { username: "teamleider", displayName: "Lotte Mulder", role: "TEAMLEIDER" },
  { username: "beheerder", displayName: "Bram Smit", role: "BEHEERDER" },
  { username: "privacy", displayName: "Priya Ramdin", role: "PRIVACY" },
  { username: "beleid", displayName: "Bas Verhoeven", role: "RAPPORTAGE" },
];
/**
 * The privacy officer always logs in with a second factor, also in demo mode; the demo account is enrolled with
 * this published secret (README: add it to an authenticator app). Demo data only, like the demo password.
 */
export const DEMO_PRIVACY_TOTP_SECRET = "VTDEMOPRIVACYOFFICERTWEEDUIZENDX";

export async function seedUsers(prisma: PrismaClient) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids: Record<string, number> = {};
  for (const u of DEMO_USERS) {
    const row = await prisma.user.upsert({
      where: { username: u.username },
      update: {},
      // Demo accounts only: they may log in without the second factor in demo mode (never in production).
      create: ALWAYS_SECOND_FACTOR.has(u.role)
        ? {
            ...u,
            passwordHash,
            totpRequired: true,
            totpSecret: encryptSecret(DEMO_PRIVACY_TOTP_SECRET),
            totpEnabledAt: new Date(),
          }
        : { ...u, passwordHash, totpRequired: false },
    });
    ids[u.username] = row.id;
  }
  return ids;
}
