// Checks the hash chain of the audit log: each row's hash must equal the hash the database computes from the
// row, and each row's prevHash must equal its predecessor's hash. An altered, removed or inserted row breaks it.
import type { PrismaClient } from "@/generated/prisma/client";

export type ChainProblem = { id: string; problem: "altered" | "broken_link" };
export type ChainResult = { ok: boolean; checked: number; problems: ChainProblem[] };

const GENESIS = "0".repeat(64);

export async function verifyAuditChain(prisma: PrismaClient, batch = 5000): Promise<ChainResult> {
  let lastId = 0n,
    prev = GENESIS,
    checked = 0;
  const problems: ChainProblem[] = [];
  for (;;) {
    const rows = await prisma.$queryRaw<{ id: bigint; prevHash: string; hash: string; expected: string }[]>`
      SELECT id, "prevHash", hash, audit_event_hash(e) AS expected FROM audit_event e WHERE id > ${lastId} ORDER BY id LIMIT ${batch}`;
    for (const r of rows) {
      if (r.prevHash !== prev) problems.push({ id: String(r.id), problem: "broken_link" });
      if (r.hash !== r.expected) problems.push({ id: String(r.id), problem: "altered" });
      prev = r.hash;
      lastId = r.id;
      checked++;
    }
    if (rows.length < batch) break;
  }
  return { ok: problems.length === 0, checked, problems };
}
