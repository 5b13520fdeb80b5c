// The one permission map: which role may do what. Read it as a table; what it does not name is refused.
// Every page, server action and route handler asks authorize() (lib/auth/authorize.ts), which reads only this.
import type { Role } from "@/generated/prisma/enums";

export const ROLES = [
  "TRIAGE",
  "CASEMANAGER",
  "GEDRAGSWETENSCHAPPER",
  "TEAMLEIDER",
  "BEHEERDER",
  "PRIVACY",
  "RAPPORTAGE",
] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  TRIAGE: "Medewerker voordeur (triage)",
  CASEMANAGER: "Casemanager",
  GEDRAGSWETENSCHAPPER: "Gedragswetenschapper",
  TEAMLEIDER: "Teamleider",
  BEHEERDER: "Functioneel beheerder",
  PRIVACY: "Privacy officer",
  RAPPORTAGE: "Beleidsmedewerker (rapportages)",
};

/** Roles that always log in with a second factor, also in demo mode: their views reach every dossier. */
export const ALWAYS_SECOND_FACTOR: ReadonlySet<Role> = new Set<Role>(["PRIVACY"]);

const T = "TRIAGE",
  C = "CASEMANAGER",
  G = "GEDRAGSWETENSCHAPPER",
  L = "TEAMLEIDER",
  B = "BEHEERDER",
  P = "PRIVACY",
  R = "RAPPORTAGE"; // beleidsmedewerker: the reports only (counts, no personal data), never a dossier

//  permission                     roles that have it                 what it allows
export const PERMISSIONS = {
  "werkvoorraad:view": [T, L], // triage work list: meldingen awaiting a beoordeling, own adviezen
  "advies:read": [T, L],
  "advies:read-all": [L], // every open advies in the work list (others see their own)
  "advies:write": [T], // register, add contacts, close, turn into a melding
  "melding:read": [T, C, G, L],
  "melding:write": [T], // register a melding with its betrokkenen
  "melder:identity": [T, G, L], // see who an anonymous melder is (lib/melding/dto.ts)
  "gemeenten:read": [T, C, G, L], // the gemeente list of a year (reference data) in forms
  "betrokkene:search": [T, C, G, L], // the radar: history of a person with Veilig Thuis
  "casus:read": [T, C, G, L], // scoped in the query (need to know), see lib/auth/scope.ts
  "noodtoegang:use": [T, C, G, L], // break the glass: a casus outside the scope, with a reason, for 8 hours
  "afscherming:manage": [L], // afgeschermd dossier and who may read it
  "geheim-adres:write": [T, C, L], // mark a betrokkene's address secret (within dossierWriteScope)
  "geheim-adres:read-alle": [L], // see every geheim adres (the teamleider)
  "geheim-adres:read-eigen": [C], // see the geheim adres in one's own casussen (the casemanager)
  "casus:search": [T, C, G, L],
  "casus:assign": [L],
  "casus:assignee": [C], // may be assigned a casus as its casemanager
  "melding:assignee": [T], // may be assigned a melding awaiting its beoordeling
  "casus:close": [T, C, L], // triage only in the voordeur (no casemanager yet): lib/auth/scope.ts dossierWriteScope
  "afsluiten:view": [T, L], // Af te sluiten: voordeur casussen after "geen vervolgstappen" or "regionaal maatwerk"
  "beoordeling:write": [T],
  "beoordeling:besluit-met": [T, G, L], // may be chosen as the colleague a beoordeling is decided with
  "beoordeling:confirm": [G, L], // four eyes: the second user
  "dienst:write": [C], // start a dienst, propose its closing
  "dienst:confirm": [G, L], // four eyes on closing a dienst
  "overdracht:write": [T, C], // after a veiligheidsbeoordeling (moment 1)
  "overdracht:na-dienst": [C], // after a dienst (moments 2 and 3)
  "monitoring:write": [C],
  "veiligheidsplan:write": [C], // voorwaarden of the casus's veiligheidsplan (own casussen)
  "relatie:write": [T, C, L], // relations between betrokkenen and links to the same person elsewhere (dossierWriteScope)
  "opvolging:write": [T, C], // terugkoppeling aan de melder, informing betrokkenen (within dossierWriteScope)
  "journaal:write": [T, C, G, L], // journaalregels and aanvullingen, within lib/auth/scope.ts dossierWriteScope
  "document:write": [T, C, G, L], // add a document, within dossierWriteScope
  "document:read": [T, C, G, L], // download a document of a casus the user may read
  "document:withdraw": [L], // withdraw a document (it leaves the dossier, stays for the audit)
  "correctie:write": [T, C, L], // correct a registered record, within dossierWriteScope
  "correctie:na-vaststelling": [L],
  "advies:correct": [T, L], // correct a registered advies (all attributes) // correct a beoordeling or dienst after its four-eyes confirmation
  "melding:withdraw": [L], // a melding registered by mistake or twice: no longer delivered
  "casus:reopen": [L], // a casus closed by mistake, while no final delivery reports it closed
  "mijn-casussen:view": [C],
  "beoordelingen:view": [G, L], // beoordelingen and afsluitingen awaiting confirmation
  "termijnen:view": [L],
  "team:view": [L],
  "levering:view": [L],
  "rapportage:read": [L, R], // beleidsinformatie: reports per period and gemeente, the Gemeentebrief (counts only)
  "levering:create": [L],
  "levering:finalize": [L],
  "levering:download": [L],
  "signalen:view": [T, C, G, L], // one's own signals (the bell) and marking them read
  "taak:write": [T, C, G, L], // one's own tasks: add, complete
  "taak:assign": [L], // give a task to someone else
  "account:self": [T, C, G, L, B, P, R], // one's own password, second factor, sessions, recovery codes
  "user:manage": [B],
  "audit:read": [P], // NEN 7513 log views and their CSV; the beheerder too only by the organisation's setting
  "controle:write": [P], // work the Te controleren list
  "verzoek:write": [P], // AVG requests of betrokkenen: register, extend, decide
  "bewaartermijn:manage": [P], // destruction of dossiers whose bewaartermijn has passed, or its extension
  "instellingen:manage": [B], // organisation data for the delivery, monitoring interval
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(p: string): p is Permission {
  return Object.hasOwn(PERMISSIONS, p);
}

/** Pure answer of the map, without auditing. Unknown permissions are refused. */
export function roleHas(role: Role | undefined | null, permission: string): boolean {
  if (!role || !isPermission(permission)) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The roles that have a permission (e.g. who may be chosen as the colleague of a four-eyes decision). */
export function rolesWith(permission: Permission): Role[] {
  return [...PERMISSIONS[permission]];
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => roleHas(role, p));
}
