// "Wie deed wat": the CREATE and UPDATE events of the access log for one casus, told in Dutch. Only when, who
// and what kind of step — never case content (the log holds none, and its technical detail is not shown).
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/generated/prisma/enums";
import type { TijdlijnItem } from "./overview-types";

export type TimelineEvent = {
  id: bigint;
  at: Date;
  userId: number | null;
  username: string | null;
  role: Role | null;
  action: string;
  entityType: string;
  entityId: string | null;
  detail: string | null;
};

const NOUNS: Record<string, string> = {
  casus: "Casus",
  melding: "Melding",
  betrokkene: "Betrokkene",
  veiligheidsbeoordeling: "Veiligheidsbeoordeling",
  beoordeling: "Veiligheidsbeoordeling",
  dienst: "Dienst",
  overdracht: "Overdracht",
  monitoringsmoment: "Monitoringsmoment",
  monitoring: "Monitoringsmoment",
  journaalregel: "Journaalregel",
  journaalaanvulling: "Aanvulling op een journaalregel",
  document: "Document",
};

const VERBS: Record<string, string> = { CREATE: "vastgelegd", UPDATE: "gewijzigd" };

/** Technical details of known steps that deserve a better Dutch description than "vastgelegd" / "gewijzigd". */
const DETAILS: [entityType: string, pattern: RegExp, text: string][] = [
  ["casus", /^casemanager assigned/, "Casemanager toegewezen"],
  ["casus", /gesloten|\bclosed\b/, "Casus afgesloten"],
  ["melding", /^behandelaar assigned/, "Behandelaar van de melding toegewezen"],
  ["dienst", /^start soort O/, "Dienst Onderzoek gestart"],
  ["dienst", /^start soort V/, "Dienst Voorwaarden en Vervolg gestart"],
  ["dienst", /^afsluiting voorgesteld/, "Afsluiting van de dienst voorgesteld"],
  ["dienst", /^voorstel afsluiting gewijzigd/, "Voorstel tot afsluiting van de dienst gewijzigd"],
  ["dienst", /^afsluiting bevestigd/, "Afsluiting van de dienst bevestigd (vier ogen)"],
  ["dienst", /^afsluiting teruggestuurd/, "Voorstel tot afsluiting van de dienst teruggestuurd"],
  ["melding", /^correctie \d+: ingetrokken$/, "Melding ingetrokken"],
  ["casus", /^correctie \d+: einddatum$/, "Casus heropend"],
  ["betrokkene", /^correctie \d+: toegevoegd$/, "Betrokkene later toegevoegd"],
  ["journaalregel", /^vastgelegd$/, "Journaalregel vastgelegd"],
  ["document", /^ingetrokken$/, "Document ingetrokken"],
];

function describe(e: TimelineEvent): string | null {
  const noun = NOUNS[e.entityType];
  if (e.entityType === "casus" && e.action === "CREATE") return "Casus geopend";
  const hit = DETAILS.find(([t, re]) => t === e.entityType && re.test(e.detail ?? ""));
  if (hit) return hit[2];
  if (noun && /^correctie \d+/.test(e.detail ?? "")) return `${noun} gecorrigeerd (zie de wijzigingshistorie)`;
  if (noun && e.action === "UPDATE" && /vastgesteld|confirm/.test(e.detail ?? ""))
    return `${noun} vastgesteld (vier ogen)`;
  return null;
}

/**
 * entityNummers maps "entityType:id" to the human number (e.g. "melding:12" → "M2026-000012") so the story says
 * which melding or dienst was meant; names maps user ids to display names.
 */
export function toTimeline(
  events: TimelineEvent[],
  entityNummers: Map<string, string>,
  names: Map<number, string>,
): TijdlijnItem[] {
  // A concept journaalregel is its author's own until vastgelegd: not part of the story.
  return events
    .filter((e) => !(e.entityType === "journaalregel" && e.detail === "concept"))
    .map((e) => {
      const noun = NOUNS[e.entityType] ?? e.entityType;
      const nummer = e.entityId ? entityNummers.get(`${e.entityType}:${e.entityId}`) : undefined;
      const base = describe(e) ?? `${noun} ${VERBS[e.action] ?? e.action.toLowerCase()}`;
      const naam = (e.userId != null ? names.get(e.userId) : undefined) ?? e.username ?? "onbekend";
      const rol = e.role ? ` (${ROLE_LABELS[e.role]})` : "";
      return {
        id: String(e.id),
        at: e.at.toISOString(),
        wie: `${naam}${rol}`,
        wat: nummer ? `${base}: ${nummer}` : base,
      };
    });
}
