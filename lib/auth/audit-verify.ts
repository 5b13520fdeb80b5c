// Verifies the audit log. Every chain (lib/auth/audit-chain.ts) is walked in id order: each event's hash must be
// the HMAC of its content with AUDIT_HMAC_KEY, and its prevHash the hash of the chain's previous event. An altered,
// removed or inserted event — or a chain recomputed without the key — breaks it, and the first broken event is
// named. Events from before the keyed chains (chain null) are checked against the database's unkeyed hash.
import type { PrismaClient } from "@/generated/prisma/client";
import { CHAINS, eventHash, GENESIS, type ChainedRow } from "./audit-chain";

export type ChainProblem = { id: string; problem: "altered" | "broken_link" };
export type ChainResult = { ok: boolean; checked: number; problems: ChainProblem[]; heads: Record<number, string> };

type Row = ChainedRow & { hash: string };

export async function verifyAuditChain(prisma: PrismaClient, batch = 5000): Promise<ChainResult> {
  const problems: ChainProblem[] = [];
  let checked = 0;
  checked += await verifyLegacy(prisma, batch, problems);
  const prev = new Map<number, string>();
  let lastId = 0n;
  for (;;) {
    const rows = await prisma.$queryRaw<(Omit<Row, "id"> & { id: bigint })[]>`
      SELECT id, at, chain, "prevHash", hash, "userId", username, role::text AS role, action::text AS action, "entityType",
             "entityId", "casusId", "betrokkeneIds", outcome::text AS outcome, "clientAddress", detail
      FROM audit_event WHERE chain IS NOT NULL AND id > ${lastId} ORDER BY id LIMIT ${batch}`;
    for (const r of rows) {
      const e: Row = { ...r, id: String(r.id) };
      if (e.prevHash !== (prev.get(e.chain) ?? GENESIS)) problems.push({ id: e.id, problem: "broken_link" });
      if (e.hash !== eventHash(e)) problems.push({ id: e.id, problem: "altered" });
      prev.set(e.chain, e.hash);
      lastId = r.id;
      checked++;
    }
    if (rows.length < batch) break;
  }
  const heads = Object.fromEntries([...Array(CHAINS).keys()].filter((c) => prev.has(c)).map((c) => [c, prev.get(c)!]));
  problems.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  return { ok: problems.length === 0, checked, problems, heads };
}

/** Events of before the keyed chains: one unkeyed chain, hashed by the database (migration 20261123050000). */
async function verifyLegacy(prisma: PrismaClient, batch: number, problems: ChainProblem[]): Promise<number> {
  let lastId = 0n,
    prev = GENESIS,
    checked = 0;
  for (;;) {
    const rows = await prisma.$queryRaw<{ id: bigint; prevHash: string; hash: string; expected: string }[]>`
      SELECT id, "prevHash", hash, audit_event_hash(e) AS expected FROM audit_event e
      WHERE chain IS NULL AND id > ${lastId} ORDER BY id LIMIT ${batch}`;
    for (const r of rows) {
      if (r.prevHash !== prev) problems.push({ id: String(r.id), problem: "broken_link" });
      if (r.hash !== r.expected) problems.push({ id: String(r.id), problem: "altered" });
      prev = r.hash;
      lastId = r.id;
      checked++;
    }
    if (rows.length < batch) break;
  }
  return checked;
}
