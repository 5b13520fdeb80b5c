// Verifies the audit log. Every chain (lib/auth/audit-chain.ts) is walked in id order: each event's hash must be
// the HMAC of its content with AUDIT_HMAC_KEY, and its prevHash the hash of the chain's previous event. An altered,
// removed or inserted event — or a chain recomputed without the key — breaks it, and the first broken event is
// named. Every chain number found in the table is verified, whatever AUDIT_CHAINS the verifying process has, so
// events written with 16 chains verify in a process set to 1. Events from before the keyed chains (chain null) are
// checked against the database's unkeyed hash. Each chain's head in audit_kop (read before the walk) must be an
// event of its chain with that hash: removing a chain's newest events (its tail) is then seen too.
import type { PrismaClient } from "@/generated/prisma/client";
import { eventHash, GENESIS, type ChainedRow } from "./audit-chain";

/** `chain`: the chain the broken event belongs to (null: the unkeyed chain of before). */
export type ChainProblem = {
  id: string;
  chain: number | null;
  problem: "altered" | "broken_link" | "head_mismatch";
};
/** `heads` and `events`: per chain number present in the table, its last hash and its number of events. */
/** `afgekapt`: the cuts of the log by the maintenance step (lib/auth/audit-onderhoud.ts), oldest first. */
export type ChainResult = {
  ok: boolean;
  checked: number;
  problems: ChainProblem[];
  heads: Record<number, string>;
  events: Record<number, number>;
  afgekapt: { tot: string; verwijderd: number }[];
};

type Row = ChainedRow & { hash: string };
/** What a chain starts from after cuts: the hash a remaining event's removed predecessor had (`bruggen`, by event
 * id), and per chain the last removed hash (`koppen`, for a chain of which nothing remained). */
type Cuts = { bruggen: Map<string, string>; koppen: Map<string, string> };
/** `koppen`: the head of each chain in audit_kop (event id → chain and hash); `gezien`: the hashes of those events
 * as walked. */
type Heads = { koppen: Map<string, { chain: number; hash: string }>; gezien: Map<string, string> };
type Walk = {
  prev: Map<number, string>;
  events: Map<number, number>;
  problems: ChainProblem[];
  cuts: Cuts;
  heads: Heads;
};

export async function verifyAuditChain(prisma: PrismaClient, batch = 5000): Promise<ChainResult> {
  const { cuts, afgekapt } = await loadCuts(prisma);
  const heads = await loadHeads(prisma);
  const walk: Walk = { prev: new Map(), events: new Map(), problems: [], cuts, heads };
  const legacy = await verifyLegacy(prisma, batch, walk.problems, cuts);
  await verifyKeyed(prisma, batch, walk);
  checkHeads(walk);
  const problems = walk.problems.sort((a, b) => compareIds(a.id, b.id));
  const checked = legacy + [...walk.events.values()].reduce((a, b) => a + b, 0);
  return {
    ok: problems.length === 0,
    checked,
    problems,
    heads: byChain(walk.prev),
    events: byChain(walk.events),
    afgekapt,
  };
}

async function loadCuts(prisma: PrismaClient) {
  const rows = await prisma.auditAfkapping.findMany({ orderBy: { id: "asc" } });
  const cuts: Cuts = { bruggen: new Map(), koppen: new Map() };
  for (const r of rows) {
    for (const [id, hash] of Object.entries(r.bruggen as Record<string, string>)) cuts.bruggen.set(id, hash);
    for (const [chain, kop] of Object.entries(r.koppen as Record<string, { hash: string }>))
      cuts.koppen.set(chain, kop.hash);
  }
  return { cuts, afgekapt: rows.map((r) => ({ tot: r.tot.toISOString(), verwijderd: Number(r.verwijderd) })) };
}

/** The heads before the walk: events appended meanwhile are newer, so each of these must be found. */
async function loadHeads(prisma: PrismaClient): Promise<Heads> {
  const rows = await prisma.auditKop.findMany();
  return {
    koppen: new Map(rows.map((k) => [String(k.eventId), { chain: k.chain, hash: k.hash }])),
    gezien: new Map(),
  };
}

/** Each recorded head is its chain's event with that hash, or (a chain cut away whole) the hash the cut recorded. */
function checkHeads({ heads, cuts, problems }: Walk) {
  for (const [id, kop] of heads.koppen) {
    const hash = heads.gezien.get(id) ?? cuts.koppen.get(String(kop.chain));
    if (hash !== kop.hash) problems.push({ id, chain: kop.chain, problem: "head_mismatch" });
  }
}

/** The hash an event must link to: its chain's previous remaining event, or what the cut recorded. */
function expectedPrev(cuts: Cuts, id: string, chainKey: string, prev: string | undefined): string {
  return cuts.bruggen.get(id) ?? prev ?? cuts.koppen.get(chainKey) ?? GENESIS;
}

/** Every event of the keyed chains, in id order, in batches. */
async function verifyKeyed(prisma: PrismaClient, batch: number, walk: Walk) {
  let lastId = 0n;
  for (;;) {
    const rows = await keyedEvents(prisma, lastId, batch);
    for (const e of rows) checkEvent(e, walk);
    if (rows.length < batch) break;
    lastId = BigInt(rows[rows.length - 1].id);
  }
}

async function keyedEvents(prisma: PrismaClient, afterId: bigint, batch: number): Promise<Row[]> {
  const rows = await prisma.$queryRaw<(Omit<Row, "id"> & { id: bigint })[]>`
    SELECT id, at, chain, "prevHash", hash, "userId", username, role::text AS role, action::text AS action, "entityType",
           "entityId", "casusId", "betrokkeneIds", outcome::text AS outcome, "clientAddress", detail, "noodtoegangId"
    FROM audit_event WHERE chain IS NOT NULL AND id > ${afterId} ORDER BY id LIMIT ${batch}`;
  return rows.map((r) => ({ ...r, id: String(r.id) }));
}

/** One event against its chain so far: its link to the chain's previous hash, and its own keyed hash. */
function checkEvent(e: Row, walk: Walk) {
  if (e.prevHash !== expectedPrev(walk.cuts, e.id, String(e.chain), walk.prev.get(e.chain)))
    walk.problems.push({ id: e.id, chain: e.chain, problem: "broken_link" });
  if (e.hash !== eventHash(e)) walk.problems.push({ id: e.id, chain: e.chain, problem: "altered" });
  if (walk.heads.koppen.get(e.id)?.chain === e.chain) walk.heads.gezien.set(e.id, e.hash);
  walk.prev.set(e.chain, e.hash);
  walk.events.set(e.chain, (walk.events.get(e.chain) ?? 0) + 1);
}

const compareIds = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

/** A map by chain number as a plain object, in chain order. */
function byChain<T>(m: Map<number, T>): Record<number, T> {
  return Object.fromEntries([...m].sort(([a], [b]) => a - b));
}

/** Events of before the keyed chains: one unkeyed chain, hashed by the database (migration 20261123050000). */
async function verifyLegacy(
  prisma: PrismaClient,
  batch: number,
  problems: ChainProblem[],
  cuts: Cuts,
): Promise<number> {
  let lastId = 0n,
    prev: string | undefined,
    checked = 0;
  for (;;) {
    const rows = await prisma.$queryRaw<{ id: bigint; prevHash: string; hash: string; expected: string }[]>`
      SELECT id, "prevHash", hash, audit_event_hash(e) AS expected FROM audit_event e
      WHERE chain IS NULL AND id > ${lastId} ORDER BY id LIMIT ${batch}`;
    for (const r of rows) {
      if (r.prevHash !== expectedPrev(cuts, String(r.id), "null", prev))
        problems.push({ id: String(r.id), chain: null, problem: "broken_link" });
      if (r.hash !== r.expected) problems.push({ id: String(r.id), chain: null, problem: "altered" });
      prev = r.hash;
      lastId = r.id;
      checked++;
    }
    if (rows.length < batch) break;
  }
  return checked;
}
