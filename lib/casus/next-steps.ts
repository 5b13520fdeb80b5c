// Which steps a user may take on a casus now: the permission map says whether the role may do the step, the
// protocol rules (lib/domain/casus-state.ts) whether the casus allows it. A link is shown only when both agree.
import type { Role } from "@/generated/prisma/enums";
import { roleHas } from "@/lib/auth/permissions";
import {
  canAddMonitoring,
  canAddOverdracht,
  canCloseCasus,
  canRecordBeoordeling,
  canStartDienst,
  hasFinalBeoordeling,
  type CasusSnapshot,
} from "@/lib/domain/casus-state";
import type { Link } from "./overview-types";

const enc = encodeURIComponent;

export function casusActions(
  s: CasusSnapshot,
  role: Role,
  nummer: string,
  /** No casemanager yet: triage may close only such a casus (lib/auth/scope.ts dossierWriteScope). */
  inVoordeur = false,
): { acties: Link[]; afsluitenBlokkades: string[] } {
  const base = `/casussen/${enc(nummer)}`;
  const acties: Link[] = [];
  if (s.gesloten) return { acties, afsluitenBlokkades: [] };

  if (roleHas(role, "dienst:write")) {
    const kan = s.meldingen.some((m) => canStartDienst(s, m.id, "O").ok || canStartDienst(s, m.id, "V").ok);
    if (kan) acties.push({ href: `${base}/dienst-starten`, label: "Dienst starten" });
  }
  if (roleHas(role, "overdracht:write")) {
    const kan =
      s.meldingen.some((m) => canAddOverdracht(s, { moment: 1, bronMeldingId: m.id }).ok) ||
      s.diensten.some((d) => canAddOverdracht(s, { moment: d.soort === "V" ? 2 : 3, bronDienstId: d.id }).ok);
    if (kan) acties.push({ href: `${base}/overdracht/nieuw`, label: "Overdracht vastleggen" });
  }
  if (roleHas(role, "monitoring:write") && canAddMonitoring(s).ok) {
    acties.push({ href: `${base}/monitoring/nieuw`, label: "Monitoringsmoment vastleggen" });
  }
  let afsluitenBlokkades: string[] = [];
  if (roleHas(role, "casus:close") && (role !== "TRIAGE" || inVoordeur)) {
    const r = canCloseCasus(s);
    if (r.ok) acties.push({ href: `${base}/afsluiten`, label: "Casus afsluiten" });
    else afsluitenBlokkades = r.redenen;
  }
  return { acties, afsluitenBlokkades };
}

/** Links per melding: to the melding itself, and to its beoordeling when this user has something to do there. */
export function meldingLinks(s: CasusSnapshot, role: Role, meldingId: number, meldingNummer: string): Link[] {
  const href = `/meldingen/${enc(meldingNummer)}`;
  const links: Link[] = [{ href, label: `Melding ${meldingNummer} openen` }];
  const m = s.meldingen.find((x) => x.id === String(meldingId));
  if (!m || s.gesloten || hasFinalBeoordeling(m)) return links;
  if (!m.beoordeling && roleHas(role, "beoordeling:write") && canRecordBeoordeling(s, m.id).ok) {
    links.push({ href: `${href}/beoordeling`, label: "Veiligheidsbeoordeling vastleggen" });
  } else if (m.beoordeling && roleHas(role, "beoordeling:confirm")) {
    links.push({ href: `${href}/beoordeling`, label: "Veiligheidsbeoordeling vaststellen" });
  }
  return links;
}
