// The people of the team a lead assigns work to: active triage workers and case managers (inactive ones are
// named as such where they still hold work).
import "server-only";
import type { Tx } from "@/lib/db/client";
import { roleHas, rolesWith } from "@/lib/auth/permissions";
import type { Persoon } from "./types";

export type TeamLeden = { triage: Persoon[]; casemanagers: Persoon[]; namen: Map<number, string> };

const byName = (a: Persoon, b: Persoon) => a.naam.localeCompare(b.naam, "nl");

export async function loadTeamLeden(tx: Tx): Promise<TeamLeden> {
  const users = await tx.user.findMany({
    where: { role: { in: [...rolesWith("melding:assignee"), ...rolesWith("casus:assignee")] } },
    select: { id: true, displayName: true, role: true, active: true },
  });
  const namen = new Map(users.map((u) => [u.id, u.active ? u.displayName : `${u.displayName} (inactief)`]));
  const actief = (p: "melding:assignee" | "casus:assignee") =>
    users
      .filter((u) => u.active && roleHas(u.role, p))
      .map((u) => ({ id: u.id, naam: u.displayName }))
      .sort(byName);
  return { triage: actief("melding:assignee"), casemanagers: actief("casus:assignee"), namen };
}

export function persoonVan(leden: TeamLeden, id: number): Persoon {
  return { id, naam: leden.namen.get(id) ?? `gebruiker ${id}` };
}
