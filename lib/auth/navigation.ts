// What each role sees in the navigation and where it lands after login, derived from the permission map.
import type { Role } from "@/generated/prisma/enums";
import { roleHas, type Permission } from "./permissions";

export type NavItem = { href: string; label: string; permission: Permission };

export const NAV_ITEMS: NavItem[] = [
  { href: "/werkvoorraad", label: "Werkvoorraad", permission: "werkvoorraad:view" },
  { href: "/adviezen", label: "Adviezen", permission: "advies:read" },
  { href: "/mijn-casussen", label: "Mijn casussen", permission: "mijn-casussen:view" },
  { href: "/te-bevestigen", label: "Te bevestigen", permission: "beoordelingen:view" },
  { href: "/af-te-sluiten", label: "Af te sluiten", permission: "afsluiten:view" },
  { href: "/termijnen", label: "Termijnen", permission: "termijnen:view" },
  { href: "/team", label: "Team", permission: "team:view" },
  { href: "/taken", label: "Taken", permission: "taak:write" },
  { href: "/zoeken", label: "Zoeken", permission: "casus:search" },
  { href: "/leveringen", label: "Levering CBS", permission: "levering:view" },
  { href: "/rapportages", label: "Rapportages", permission: "rapportage:read" },
  { href: "/beheer/gebruikers", label: "Gebruikers", permission: "user:manage" },
  { href: "/privacy/te-controleren", label: "Te controleren", permission: "controle:write" },
  { href: "/privacy/log/client", label: "Log per cliënt", permission: "audit:read" },
  { href: "/privacy/log/medewerker", label: "Log per medewerker", permission: "audit:read" },
  { href: "/privacy/verzoeken", label: "Verzoeken", permission: "verzoek:write" },
  { href: "/privacy/bewaartermijnen", label: "Bewaartermijnen", permission: "bewaartermijn:manage" },
  { href: "/beheer/instellingen", label: "Instellingen", permission: "instellingen:manage" },
];

/** `grants`: permissions an organisation setting gives beyond the role (lib/auth/grants.ts). */
export function navFor(role: Role, grants: readonly Permission[] = []): NavItem[] {
  return NAV_ITEMS.filter((i) => roleHas(role, i.permission) || grants.includes(i.permission));
}

const START: Record<Role, string> = {
  TRIAGE: "/werkvoorraad",
  CASEMANAGER: "/mijn-casussen",
  GEDRAGSWETENSCHAPPER: "/te-bevestigen",
  TEAMLEIDER: "/termijnen",
  BEHEERDER: "/beheer/gebruikers",
  PRIVACY: "/privacy/te-controleren",
  RAPPORTAGE: "/rapportages",
};
export function startPageFor(role: Role): string {
  return START[role];
}
