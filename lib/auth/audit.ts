// Writes NEN 7513-style audit events. Always called with the transaction of the work it records, so an event
// exists if and only if the work was committed. Each event is a link of a keyed hash chain (./audit-chain.ts);
// the database refuses to change or remove events, and the app's role may only insert and read them.
import type { AuditAction, AuditOutcome, Role } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db/client";
import type { Sql } from "@/lib/db/sql";
import { prismaSql } from "@/lib/db/prisma-sql";
import { appendAudit, appendAudits } from "./audit-chain";
import type { Permission } from "./permissions";

/** `pending`: the session may only finish setting up the account (new password, second factor). */
export type Actor = {
  id: number;
  username: string;
  role: Role;
  clientAddress?: string | null;
  pending?: boolean;
  sessionId?: string;
  /** The user's noodtoegangen in force (lib/noodtoegang): each casus reachable through one, until its end. */
  nood?: readonly ActiveNoodtoegang[];
  /** Permissions an organisation setting gives beyond the role (lib/auth/grants.ts). */
  grants?: readonly Permission[];
  /** The user's unread signals, counted by the session check itself (the header's bell, lib/signaal/queries.ts). */
  ongelezenSignalen?: number;
};

export type ActiveNoodtoegang = { id: number; casusId: number; casusnummer: string; eindOp: Date };

/** The noodtoegang under which this user works on this casus now, if any. */
export function noodtoegangFor(actor: Actor | null | undefined, casusId: number | null | undefined): number | null {
  if (!actor?.nood || casusId == null) return null;
  return actor.nood.find((n) => n.casusId === casusId)?.id ?? null;
}

/** Control characters (CR, LF, NUL …) as visible escapes, so a typed name can never forge or break a log line. */
export function escapeControl(s: string): string {
  return s.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export type AuditInput = {
  actor: Actor | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | number | null;
  casusId?: number | null;
  betrokkeneIds?: number[];
  outcome?: AuditOutcome;
  clientAddress?: string | null;
  /** Short English technical detail; never case content. */
  detail?: string | null;
  /** For a failed login: the name that was typed (truncated), since there is no actor. */
  username?: string | null;
  /** The noodtoegang the event happened under; by default the actor's noodtoegang on the event's casus. */
  noodtoegangId?: number | null;
};

/** The audit_event row of an event: names and addresses cut to their column lengths. */
function auditRow(e: AuditInput) {
  return {
    userId: e.actor?.id ?? null,
    username: escapeControl(e.actor?.username ?? e.username ?? "").slice(0, 64) || null,
    role: e.actor?.role ?? null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId == null ? null : String(e.entityId).slice(0, 40),
    casusId: e.casusId ?? null,
    betrokkeneIds: e.betrokkeneIds ?? [],
    outcome: e.outcome ?? "SUCCESS",
    clientAddress: (e.clientAddress ?? e.actor?.clientAddress ?? null)?.slice(0, 64) ?? null,
    detail: e.detail ? escapeControl(e.detail).slice(0, 500) : null,
    noodtoegangId: e.noodtoegangId ?? noodtoegangFor(e.actor, e.casusId),
  };
}

export async function writeAudit(tx: Tx, e: AuditInput) {
  await appendAudit(prismaSql(tx), auditRow(e));
}

/** Several events of one transaction, appended together (lib/auth/audit-chain.ts appendAudits). */
export async function writeAudits(tx: Tx, es: AuditInput[]) {
  await appendAudits(prismaSql(tx), es.map(auditRow));
}

/** The same event through plain SQL (sql.ts), for code that runs without Prisma, like the export command. */
export async function writeAuditSql(tx: Sql, e: AuditInput) {
  await appendAudit(tx, auditRow(e));
}
