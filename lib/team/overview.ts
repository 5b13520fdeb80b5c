// Groups the open work of the team (pure: rows in, lists out).
import type { Role } from "@/generated/prisma/enums";
import { deriveStage, getStageLabel, INHOUD_VERVOLGSTAPPEN_VT } from "@/lib/domain/casus-state";
import { formatDatumNl, toIsoDate } from "@/lib/domain/dates";
import { toCasusSnapshot, type SnapshotRow } from "@/lib/casus/snapshot";
import type { CasemanagerGroep, CasusWerk, MeldingWerk, Persoon, TeamOverzicht, TriageGroep } from "./types";
import { roleHas, type Permission } from "@/lib/auth/permissions";
import { beoordelingTermijn, onderzoekTermijn } from "@/lib/domain/termijn";

export type UserRow = { id: number; displayName: string; role: Role; active: boolean };
export type MeldingRow = {
  id: number;
  nummer: string;
  version: number;
  datumMelding: Date;
  behandelaarId: number | null;
  casus: { nummer: string };
  beoordeling: { datum: Date } | null;
};
export type CasusRow = SnapshotRow & {
  id: number;
  nummer: string;
  version: number;
  begindatum: Date;
  gemeentecode: string | null;
  casemanagerId: number | null;
  diensten: (SnapshotRow["diensten"][number] & { beoordeling: { datum: Date } })[];
};

const byName = (a: Persoon, b: Persoon) => a.naam.localeCompare(b.naam, "nl");

export function buildTeamOverzicht(
  meldingen: MeldingRow[],
  casussen: CasusRow[],
  users: UserRow[],
  gemeenten: Map<string, string>,
  today: Date,
): TeamOverzicht {
  const persoon = (u: UserRow): Persoon => ({
    id: u.id,
    naam: u.active ? u.displayName : `${u.displayName} (inactief)`,
  });
  const usersById = new Map(users.map((u) => [u.id, u]));

  const triage = new Map<number | null, TriageGroep>();
  for (const u of users)
    if (roleHas(u.role, "melding:assignee") && u.active)
      triage.set(u.id, { behandelaar: persoon(u), meldingen: [], verstreken: 0 });
  for (const m of meldingen) {
    const termijn = beoordelingTermijn(m.datumMelding, m.beoordeling?.datum ?? null, today);
    const verstreken = termijn.verstreken;
    const key = m.behandelaarId && usersById.has(m.behandelaarId) ? m.behandelaarId : null;
    if (!triage.has(key))
      triage.set(key, { behandelaar: key ? persoon(usersById.get(key)!) : null, meldingen: [], verstreken: 0 });
    const g = triage.get(key)!;
    const werk: MeldingWerk = {
      id: m.id,
      nummer: m.nummer,
      version: m.version,
      casusNummer: m.casus.nummer,
      datum: toIsoDate(m.datumMelding),
      deadline: termijn.deadline,
      verstreken,
      behandelaarId: m.behandelaarId,
      status: m.beoordeling
        ? `Beoordeeld op ${formatDatumNl(m.beoordeling.datum)}, wacht op vaststelling`
        : "Nog niet beoordeeld",
    };
    g.meldingen.push(werk);
    if (verstreken) g.verstreken++;
  }

  const cms = new Map<number, CasemanagerGroep>();
  for (const u of users)
    if (roleHas(u.role, "casus:assignee") && u.active)
      cms.set(u.id, { casemanager: persoon(u), casussen: [], lopendeDiensten: 0, onderzoekOverTermijn: 0 });
  const teToewijzen: CasusWerk[] = [],
    alvastToewijzen: CasusWerk[] = [];
  for (const c of casussen) {
    const s = toCasusSnapshot(c);
    const vervolg = c.meldingen.filter((m) => m.beoordeling?.inhoud === INHOUD_VERVOLGSTAPPEN_VT);
    const definitief = vervolg.find((m) => m.beoordeling?.vastgesteldOp);
    const b = definitief?.beoordeling ?? vervolg[0]?.beoordeling ?? null;
    const werk: CasusWerk = {
      id: c.id,
      nummer: c.nummer,
      version: c.version,
      begindatum: toIsoDate(c.begindatum),
      gemeente: c.gemeentecode ? (gemeenten.get(c.gemeentecode) ?? c.gemeentecode) : null,
      stageLabel: getStageLabel(deriveStage(s)),
      casemanagerId: c.casemanagerId,
      beoordeling: b
        ? `Vervolgstappen bij Veilig Thuis, ${formatDatumNl(b.datum)}${b.vastgesteldOp ? "" : " (wacht op vaststelling)"}`
        : null,
    };
    if (c.casemanagerId == null) {
      if (definitief) teToewijzen.push(werk);
      else if (vervolg.length > 0) alvastToewijzen.push(werk);
      continue;
    }
    const u = usersById.get(c.casemanagerId);
    if (!cms.has(c.casemanagerId)) {
      cms.set(c.casemanagerId, {
        casemanager: u ? persoon(u) : { id: c.casemanagerId, naam: `gebruiker ${c.casemanagerId}` },
        casussen: [],
        lopendeDiensten: 0,
        onderzoekOverTermijn: 0,
      });
    }
    const g = cms.get(c.casemanagerId)!;
    g.casussen.push(werk);
    for (const d of c.diensten) {
      if (d.status === "AFGESLOTEN") continue;
      g.lopendeDiensten++;
      if (d.soort === "O" && onderzoekTermijn(d.beoordeling.datum, d.einddatum, today).verstreken)
        g.onderzoekOverTermijn++;
    }
  }

  const active = (p: Permission) =>
    users
      .filter((u) => roleHas(u.role, p) && u.active)
      .map(persoon)
      .sort(byName);
  return {
    vandaag: toIsoDate(today),
    triage: [...triage.values()].sort((a, b) =>
      a.behandelaar && b.behandelaar ? byName(a.behandelaar, b.behandelaar) : a.behandelaar ? 1 : -1,
    ),
    casemanagers: [...cms.values()].sort((a, b) => byName(a.casemanager, b.casemanager)),
    teToewijzen,
    alvastToewijzen,
    triageOpties: active("melding:assignee"),
    casemanagerOpties: active("casus:assignee"),
  };
}
