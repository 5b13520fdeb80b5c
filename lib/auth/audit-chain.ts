// Appends audit events to the log as links of keyed hash chains (docs/decisions/012). There are CHAINS
// independent chains; a transaction writes all its events into one (by its transaction id) under that chain's
// advisory lock, so audited work of different users no longer waits on one global lock. Each event's hash is
// HMAC-SHA256(AUDIT_HMAC_KEY, the event with the previous hash of its chain): without the key nobody can make a
// chain that verifies, and removing or altering an event breaks its chain.
import crypto from "node:crypto";
import type { Sql } from "@/lib/db/sql";
import { auditKey } from "./audit-key";

export const CHAINS = 16;
export const GENESIS = "0".repeat(64);

export type AuditRow = {
  userId: number | null;
  username: string | null;
  role: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  casusId: number | null;
  betrokkeneIds: number[];
  outcome: string;
  clientAddress: string | null;
  detail: string | null;
};

export type ChainedRow = AuditRow & { id: string; at: Date; chain: number; prevHash: string };

/** The bytes an event's hash covers: every field but the hash itself, in a fixed order. */
export function canonical(e: ChainedRow): string {
  return JSON.stringify([
    e.id,
    e.at.toISOString(),
    e.chain,
    e.prevHash,
    e.userId,
    e.username,
    e.role,
    e.action,
    e.entityType,
    e.entityId,
    e.casusId,
    e.betrokkeneIds,
    e.outcome,
    e.clientAddress,
    e.detail,
  ]);
}

export function eventHash(e: ChainedRow, key: Buffer = auditKey()): string {
  return crypto.createHmac("sha256", key).update(canonical(e)).digest("hex");
}

export async function appendAudit(tx: Sql, row: AuditRow): Promise<void> {
  const [{ chain }] = await tx.query<{ chain: number }>(
    `SELECT (txid_current() % ${CHAINS})::int AS chain FROM pg_advisory_xact_lock(7513, (txid_current() % ${CHAINS})::int)`,
  );
  const [{ last, id }] = await tx.query<{ last: string | null; id: string }>(
    `SELECT (SELECT hash FROM audit_event WHERE chain = $1 ORDER BY id DESC LIMIT 1) AS last,
            nextval(pg_get_serial_sequence('audit_event', 'id'))::text AS id`,
    [chain],
  );
  const e: ChainedRow = { ...row, id, at: new Date(), chain, prevHash: last ?? GENESIS };
  await tx.query(
    `INSERT INTO audit_event (id, at, chain, "prevHash", hash, "userId", username, role, action, "entityType", "entityId",
       "casusId", "betrokkeneIds", outcome, "clientAddress", detail)
     VALUES ($1::bigint, $2, $3, $4, $5, $6, $7, $8::"Role", $9::"AuditAction", $10, $11, $12, $13::int[], $14::"AuditOutcome", $15, $16)`,
    [
      e.id,
      e.at,
      e.chain,
      e.prevHash,
      eventHash(e),
      e.userId,
      e.username,
      e.role,
      e.action,
      e.entityType,
      e.entityId,
      e.casusId,
      e.betrokkeneIds,
      e.outcome,
      e.clientAddress,
      e.detail,
    ],
  );
}
