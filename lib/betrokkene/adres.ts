// Geheim adres: a betrokkene's address (and phone) is shown only to the casemanager of the casus and the
// teamleider; everywhere else — the voordeur, the gedragswetenschapper, the radar, a noodtoegang by someone else,
// every afschrift or export for another person — it is replaced by "afgeschermd" before it leaves the query.
import type { Actor } from "@/lib/auth/audit";
import { roleHas } from "@/lib/auth/permissions";

export const ADRES_AFGESCHERMD = "Afgeschermd (geheim adres)";

type Adres = {
  geheimAdres?: boolean;
  straat: string | null;
  huisnummer: string | null;
  postcode: string | null;
  woonplaats: string | null;
  telefoon?: string | null;
};

export function magGeheimAdresZien(user: Actor, casemanagerId: number | null): boolean {
  return (
    roleHas(user.role, "geheim-adres:read-alle") ||
    (roleHas(user.role, "geheim-adres:read-eigen") && casemanagerId === user.id)
  );
}

/** The row as this user may see it: a secret address they may not see has its fields emptied and is marked. */
export function maskeerAdres<T extends Adres>(
  user: Actor,
  casemanagerId: number | null,
  b: T,
): T & { afgeschermd: boolean } {
  if (!b.geheimAdres || magGeheimAdresZien(user, casemanagerId)) return { ...b, afgeschermd: false };
  return {
    ...b,
    straat: null,
    huisnummer: null,
    postcode: null,
    woonplaats: null,
    ...("telefoon" in b ? { telefoon: null } : {}),
    afgeschermd: true,
  };
}
