// Appends audit events to the log as links of keyed hash chains (docs/decisions/012). There are AUDIT_CHAINS
// (default 16) independent chains; a transaction writes all its events into one (its transaction id modulo the
// number of chains) under that chain's advisory lock, so audited work of different users no longer waits on one
// global lock. AUDIT_CHAINS=1 is the former single global lock, for comparing the two in a benchmark. Each event's
// hash is HMAC-SHA256(AUDIT_HMAC_KEY, the event with the previous hash of its chain): without the key nobody can
// make a chain that verifies, and removing or altering an event breaks its chain. The lock is keyed by the chain
// number itself (first key 7513, in vt_audit_kop), so processes with different AUDIT_CHAINS still append to a
// shared chain one at a time.
import crypto from "node:crypto";
import type { Sql } from "@/lib/db/sql";
import { auditKey } from "./audit-key";

export const DEFAULT_CHAINS = 16;
export const MAX_CHAINS = 64;
export const GENESIS = "0".repeat(64);

/** The number of chains AUDIT_CHAINS asks for: unset or empty gives the default; anything but 1 … 64 is refused. */
export function parseChainCount(value: string | undefined): number {
  const v = value?.trim() ?? "";
  if (v === "") return DEFAULT_CHAINS;
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (n >= 1 && n <= MAX_CHAINS) return n;
  throw new Error(
    `AUDIT_CHAINS moet een geheel getal van 1 tot en met ${MAX_CHAINS} zijn, niet ${JSON.stringify(value)}. / ` +
      `AUDIT_CHAINS must be a whole number from 1 to ${MAX_CHAINS}, not ${JSON.stringify(value)}.`,
  );
}

/** The number of chains new events are spread over; read at each use, so a wrong value fails the first append. */
export function chainCount(env: Record<string, string | undefined> = process.env): number {
  return parseChainCount(env.AUDIT_CHAINS);
}

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
  /** Null for every event not under noodtoegang (and for all events of before the column). */
  noodtoegangId?: number | null;
};

export type ChainedRow = AuditRow & { id: string; at: Date; chain: number; prevHash: string };

/** The bytes an event's hash covers: every field but the hash itself, in a fixed order. */
export function canonical(e: ChainedRow): string {
  // The noodtoegang flag is covered when set; events without it hash as they did before the column existed.
  const nood = e.noodtoegangId == null ? [] : [e.noodtoegangId];
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
    ...nood,
  ]);
}

export function eventHash(e: ChainedRow, key: Buffer = auditKey()): string {
  return crypto.createHmac("sha256", key).update(canonical(e)).digest("hex");
}

/**
 * A chain's last hash from the log itself (its newest event, or what the last cut recorded for it), for a chain
 * that has no row in audit_kop: never written since that table came (migration 20261207040000), or written by a test
 * of its own. Every other chain's head is the row in audit_kop (vt_audit_kop).
 */
const HEAD_OLDER = `coalesce(
  (SELECT hash FROM audit_event WHERE chain = $1 ORDER BY id DESC LIMIT 1),
  (SELECT koppen -> ($1::int)::text ->> 'hash' FROM audit_afkapping ORDER BY id DESC LIMIT 1))`;

/** The hash a new event of this chain links to, from the whole log and the cuts (GENESIS for a chain that never
 * had one). */
export async function chainHead(tx: Sql, chain: number): Promise<string> {
  const [{ last }] = await tx.query<{ last: string | null }>(`SELECT ${HEAD_OLDER} AS last`, [chain]);
  return last ?? GENESIS;
}

export async function appendAudit(tx: Sql, row: AuditRow): Promise<void> {
  await appendAudits(tx, [row]);
}

const COLUMNS = 17;

/**
 * Appends the events of one transaction to its chain in two statements: the chain's lock (held until commit), its
 * head from audit_kop and the events' ids in one call of vt_audit_kop (read after the lock is granted), then one
 * INSERT of all of them (each linked to the one before) that also moves the chain's row in audit_kop to the last
 * of them. A page that reads 25 dossiers writes its 25 events in two statements.
 */
export async function appendAudits(tx: Sql, rows: AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  const [{ keten: chain, kop: last, ids }] = await tx.query<{ keten: number; kop: string | null; ids: string[] }>(
    `SELECT keten, kop, ids FROM vt_audit_kop($1, $2)`,
    [chainCount(), rows.length],
  );
  const at = new Date(); // after the lock, as the events' order in the chain
  const ordered = [...ids].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  let prevHash = last ?? (await chainHead(tx, chain));
  const values: unknown[] = [];
  for (const [i, row] of rows.entries()) {
    const e: ChainedRow = { ...row, id: ordered[i], at, chain, prevHash };
    prevHash = eventHash(e);
    values.push(
      e.id,
      e.at,
      e.chain,
      e.prevHash,
      prevHash,
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
      e.noodtoegangId ?? null,
    );
  }
  const tuple = (i: number) => {
    const p = (k: number) => `$${i * COLUMNS + k}`;
    return `(${p(1)}::bigint, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}::"Role", ${p(9)}::"AuditAction", ${p(10)}, ${p(11)}, ${p(12)}, ${p(13)}::int[], ${p(14)}::"AuditOutcome", ${p(15)}, ${p(16)}, ${p(17)}::int)`;
  };
  const kop = (k: number) => `$${rows.length * COLUMNS + k}`;
  await tx.query(
    `WITH nieuw AS (INSERT INTO audit_event (id, at, chain, "prevHash", hash, "userId", username, role, action,
       "entityType", "entityId", "casusId", "betrokkeneIds", outcome, "clientAddress", detail, "noodtoegangId")
     VALUES ${rows.map((_, i) => tuple(i)).join(", ")})
     INSERT INTO audit_kop (chain, "eventId", hash) VALUES (${kop(1)}, ${kop(2)}::bigint, ${kop(3)})
     ON CONFLICT (chain) DO UPDATE SET "eventId" = excluded."eventId", hash = excluded.hash`,
    [...values, chain, ordered[rows.length - 1], prevHash],
  );
}
