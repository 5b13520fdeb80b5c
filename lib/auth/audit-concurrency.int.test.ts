// The audit chains under concurrent work (docs/decisions/012): 20 transactions of 100 events each, written at the
// same time through the door the app uses, leave every chain intact and complete; audit:verify then names a removed
// and an altered event. Also: AUDIT_CHAINS=1 (the former global lock) and a verifier that does not depend on it.
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { PrismaClient } from "@/generated/prisma/client";
import { dbHandle, setPrisma } from "@/lib/db/client";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeUser } from "@/lib/testing/factories";
import { defineCommand } from "./door";
import { verifyAuditChain, type ChainResult } from "./audit-verify";
import type { Actor } from "./audit";

const db = freshTestDb();
const TRANSACTIONS = 20;
const EVENTS_EACH = 100;
let users: Actor[];
// On PostgreSQL the test database's pool has 5 connections, so 15 of the 20 transactions wait for one, longer than
// Prisma's default maxWait of 2 s. The door runs unchanged, on a client (same pool) that waits longer.
let patient: PrismaClient;
beforeAll(async () => {
  const handle = dbHandle()!;
  patient = new PrismaClient({ adapter: handle.factory, transactionOptions: { maxWait: 60_000, timeout: 60_000 } });
  setPrisma(patient, handle);
  users = [];
  for (let i = 0; i < TRANSACTIONS; i++) users.push(await makeUser(db.prisma, "TRIAGE", `gelijktijdig${i}`));
});
afterAll(async () => {
  setPrisma(db.prisma, dbHandle());
  await patient.$disconnect();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** One unit of work that records `EVENTS_EACH` reads, like a page that shows many records. */
const readMany = defineCommand(
  { permission: "advies:write", schema: z.object({ run: z.string() }) },
  async ({ data, audit }) => {
    for (let i = 0; i < EVENTS_EACH; i++)
      await audit({ action: "READ", entityType: "advies", entityId: `${data.run}-${i}`, detail: `${data.run} #${i}` });
  },
);

/** The events one run (one transaction) wrote, in id order. */
const eventsOf = (run: string) =>
  db.prisma.auditEvent.findMany({ where: { entityId: { startsWith: `${run}-` } }, orderBy: { id: "asc" } });

const total = (counts: Record<number, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Deletes or updates audit events as the table's owner would, past the append-only triggers. */
const asOwner = (sql: string) =>
  db.exec(`SET session_replication_role = replica; ${sql}; SET session_replication_role = origin;`);

/** The verifier saw every event in the table and names the head and count of every chain there is, whatever
 *  AUDIT_CHAINS the verifying process has. */
async function expectHeadsOfEveryChain(r: ChainResult) {
  expect(r.checked).toBe(await db.prisma.auditEvent.count());
  const chains = await db.prisma.auditEvent.groupBy({ by: ["chain"], _count: true, _max: { id: true } });
  expect(Object.keys(r.heads).map(Number)).toEqual(chains.map((c) => c.chain!).sort((a, b) => a - b));
  for (const c of chains) {
    expect(r.events[c.chain!]).toBe(c._count);
    const last = await db.prisma.auditEvent.findFirstOrThrow({ where: { id: c._max.id! } });
    expect(r.heads[c.chain!]).toBe(last.hash);
  }
  // The table of heads the next append links to holds the same newest event of every chain.
  const koppen = await db.prisma.auditKop.findMany({ orderBy: { chain: "asc" } });
  expect(koppen.map((k) => [k.chain, String(k.eventId), k.hash])).toEqual(
    Object.entries(r.heads).map(([chain, hash]) => [
      Number(chain),
      String(chains.find((c) => c.chain === Number(chain))!._max.id),
      hash,
    ]),
  );
}

/** Each transaction's events are 100 consecutive links of one chain: no other work came in between. Returns the
 *  chains the runs used. */
async function expectEachRunOneUnbrokenStretch(runs: string[]): Promise<Set<number>> {
  const used = new Set<number>();
  for (const run of runs) {
    const events = await eventsOf(run);
    expect(events).toHaveLength(EVENTS_EACH);
    expect(new Set(events.map((e) => e.chain)).size).toBe(1);
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    used.add(events[0].chain!);
  }
  return used;
}

/** The event whose link breaks when the one before it is removed (set by the removal test). */
let brokenLink: { id: bigint; chain: number | null };
const runsOf = (chains: string) => Array.from({ length: TRANSACTIONS }, (_, i) => `c${chains}-${i}`);

describe("audit chains under concurrent work", () => {
  // 16: the chains of the app; 1: the former global lock, where every transaction contends for the one chain.
  test.each(["16", "1"])(
    "AUDIT_CHAINS=%s: 20 concurrent transactions of 100 events leave every chain intact, with exactly 2 000 new events",
    async (chains) => {
      vi.stubEnv("AUDIT_CHAINS", chains);
      const before = await verifyAuditChain(db.prisma);
      expect(before.ok).toBe(true);

      await Promise.all(users.map((u, i) => readMany({ run: runsOf(chains)[i] }, u)));

      const after = await verifyAuditChain(db.prisma);
      expect(after.problems).toEqual([]);
      expect(after.ok).toBe(true);
      expect(after.checked - before.checked).toBe(TRANSACTIONS * EVENTS_EACH);
      expect(total(after.events) - total(before.events)).toBe(TRANSACTIONS * EVENTS_EACH);
      await expectHeadsOfEveryChain(after);

      const used = await expectEachRunOneUnbrokenStretch(runsOf(chains));
      // 1 chain: every transaction waited for the one lock. 16 chains: the work was spread, and some chain was
      // shared by several of the 20 transactions, yet links up.
      if (chains === "1") expect([...used]).toEqual([0]);
      else {
        expect(used.size).toBeGreaterThan(1);
        expect(used.size).toBeLessThan(TRANSACTIONS);
      }
    },
  );

  test("an invalid AUDIT_CHAINS fails the first audited work with a clear error, and stores nothing", async () => {
    vi.stubEnv("AUDIT_CHAINS", "abc");
    const count = await db.prisma.auditEvent.count();
    await expect(readMany({ run: "ongeldig" }, users[0])).rejects.toThrow(/AUDIT_CHAINS must be a whole number/);
    expect(await db.prisma.auditEvent.count()).toBe(count);
  });

  test("an event removed from the middle of a chain is named: the next event of that chain", async () => {
    const events = await eventsOf(runsOf("16")[3]);
    const removed = events[50];
    brokenLink = events[51];
    await asOwner(`DELETE FROM audit_event WHERE id = ${removed.id}`);

    const r = await verifyAuditChain(db.prisma);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([{ id: String(brokenLink.id), chain: removed.chain, problem: "broken_link" }]);
  });

  test("an event whose detail was altered is named as altered, beside the removal", async () => {
    const events = await eventsOf(runsOf("1")[7]);
    const altered = events[20];
    await asOwner(`UPDATE audit_event SET detail = 'niets gezien' WHERE id = ${altered.id}`);

    const r = await verifyAuditChain(db.prisma);
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(2);
    expect(r.problems).toContainEqual({ id: String(altered.id), chain: altered.chain, problem: "altered" });
    expect(r.problems).toContainEqual({ id: String(brokenLink.id), chain: brokenLink.chain, problem: "broken_link" });
  });

  test("the newest event of a chain removed (its tail): the chain's recorded head names it", async () => {
    const newest = await db.prisma.auditEvent.findFirstOrThrow({ where: { chain: 0 }, orderBy: { id: "desc" } });
    await asOwner(`DELETE FROM audit_event WHERE id = ${newest.id}`);

    const r = await verifyAuditChain(db.prisma);
    expect(r.problems).toContainEqual({ id: String(newest.id), chain: 0, problem: "head_mismatch" });
    expect(r.problems).toHaveLength(3);
  });

  test("a head altered (the app's role may move heads): named, and the next event's link breaks", async () => {
    const kop = await db.prisma.auditKop.findFirstOrThrow({ where: { chain: { gt: 0 } } });
    await db.prisma.auditKop.update({ where: { chain: kop.chain }, data: { hash: "f".repeat(64) } });
    let r = await verifyAuditChain(db.prisma);
    expect(r.problems).toContainEqual({ id: String(kop.eventId), chain: kop.chain, problem: "head_mismatch" });

    vi.stubEnv("AUDIT_CHAINS", "1"); // chain 0: not the forged one
    await db.prisma.auditKop.update({ where: { chain: 0 }, data: { hash: "f".repeat(64) } });
    await readMany({ run: "na-vervalsing" }, users[0]);
    const [eerste] = await eventsOf("na-vervalsing");
    r = await verifyAuditChain(db.prisma);
    expect(eerste.prevHash).toBe("f".repeat(64));
    expect(r.problems).toContainEqual({ id: String(eerste.id), chain: 0, problem: "broken_link" });
  });
});
