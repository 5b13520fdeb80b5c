// A page's reads in one transaction: each read authorizes and is audited as before, the events are written
// together before the commit and the chains still verify; a read that fails writes none of them.
import { beforeAll, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeCasus, makeUser, type TestUser } from "@/lib/testing/factories";
import { getCasusOverview } from "@/lib/casus/queries";
import { getJournaal } from "@/lib/journaal/queries";
import { getDocumenten } from "@/lib/document/queries";
import { readTogether } from "./audited-read";
import { verifyAuditChain } from "./audit-verify";

const db = freshTestDb();
let lead: TestUser;
let nummer: string;
beforeAll(async () => {
  lead = await makeUser(db.prisma, "TEAMLEIDER");
  nummer = (await makeCasus(db.prisma, lead.id, { datum: "2026-10-01" })).casus.nummer;
});

const events = () => db.prisma.auditEvent.findMany({ where: { userId: lead.id }, orderBy: { id: "asc" } });

test("three audited reads together: three READ events in one chain, in order, and the log verifies", async () => {
  const voor = (await events()).length;
  const r = await readTogether(async () => ({
    c: await getCasusOverview(lead, nummer),
    j: await getJournaal(lead, nummer),
    d: await getDocumenten(lead, nummer),
  }));
  expect(r.c?.nummer).toBe(nummer);
  const nieuw = (await events()).slice(voor);
  expect(nieuw.map((e) => [e.action, e.entityType])).toEqual([
    ["READ", "casus"],
    ["READ", "journaal"],
    ["READ", "document"],
  ]);
  expect(new Set(nieuw.map((e) => e.chain)).size).toBe(1);
  expect(nieuw[1].prevHash).toBe(nieuw[0].hash);
  expect(nieuw[2].prevHash).toBe(nieuw[1].hash);
  expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
});

test("when one read fails, none of the reads' events is written", async () => {
  const voor = (await events()).length;
  await expect(
    readTogether(async () => {
      await getCasusOverview(lead, nummer);
      throw new Error("render failed");
    }),
  ).rejects.toThrow("render failed");
  expect((await events()).length).toBe(voor);
});
