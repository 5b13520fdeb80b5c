// The audit log by month: whole months older than the retention are removed by the owner's maintenance step, the
// cut is recorded and the chains still verify — including an event that follows a removed one, and a chain with
// nothing left that goes on. On PostgreSQL: the application's role can not make, detach, drop or empty a month.
import crypto from "node:crypto";
import pg from "pg";
import { expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { adminQuery } from "@/lib/testing/pg-admin";
import { prismaSql } from "@/lib/db/prisma-sql";
import { writeAudit } from "./audit";
import { chainHead, eventHash, type AuditRow, type ChainedRow } from "./audit-chain";
import { verifyAuditChain } from "./audit-verify";
import { afkapGrens, auditOnderhoud } from "./audit-onderhoud";

const db = freshTestDb();

const rij: AuditRow = {
  userId: null,
  username: "historisch",
  role: null,
  action: "READ",
  entityType: "casus",
  entityId: null,
  casusId: null,
  betrokkeneIds: [],
  outcome: "SUCCESS",
  clientAddress: null,
  detail: null,
};

/** Events at a given time in a given chain, linked as the application links them (its head, its key). */
async function schrijf(at: string, chain: number, n: number) {
  await db.prisma.$transaction(async (tx) => {
    const sql = prismaSql(tx);
    let prevHash = await chainHead(sql, chain);
    for (let i = 0; i < n; i++) {
      const [{ id }] = await tx.$queryRaw<{ id: bigint }[]>`SELECT nextval('audit_event_id_seq') AS id`;
      const e: ChainedRow = { ...rij, id: String(id), at: new Date(at), chain, prevHash };
      const hash = eventHash(e);
      await tx.$executeRaw`INSERT INTO audit_event (id, at, chain, "prevHash", hash, username, action, "entityType",
          "betrokkeneIds", outcome) VALUES (${id}, ${e.at}, ${chain}::smallint, ${prevHash}, ${hash}, ${rij.username},
          'READ', 'casus', '{}', 'SUCCESS')`;
      prevHash = hash;
    }
  });
}

const partitie = async (naam: string) =>
  (await db.prisma.$queryRaw<{ r: string | null }[]>`SELECT to_regclass(${naam})::text AS r`)[0].r;

test("months older than the retention go whole; the cut is recorded; every chain still verifies", async () => {
  await db.prisma.$queryRaw`SELECT vt_audit_partitie('2019-01-01'::date), vt_audit_partitie('2019-02-01'::date)`;
  await schrijf("2019-01-10T10:00:00Z", 60, 5);
  await schrijf("2019-01-20T10:00:00Z", 61, 3); // chain 61: nothing of it stays
  await schrijf("2019-02-10T10:00:00Z", 60, 4); // follows a removed event
  await writeAudit(db.prisma, { actor: null, action: "READ", entityType: "casus", detail: "vandaag" });
  expect((await verifyAuditChain(db.prisma)).ok).toBe(true);

  await expect(auditOnderhoud(db.prisma, { vandaag: new Date("2024-02-15"), bewaarJaren: 4 })).rejects.toThrow(
    /ten minste 5 jaar/,
  );
  expect(afkapGrens(new Date("2024-02-15"), 5)).toEqual(new Date("2019-02-01T00:00:00Z"));
  const r = await auditOnderhoud(db.prisma, { vandaag: new Date("2024-02-15"), bewaarJaren: 5 });
  expect(r).toMatchObject({ tot: "2019-02-01T00:00:00.000Z", maanden: ["audit_event_p201901"], verwijderd: 8 });
  expect(await partitie("audit_event_p201901")).toBeNull();
  expect(await partitie("audit_event_p201902")).toBe("audit_event_p201902");
  expect(await db.prisma.auditEvent.count({ where: { at: { lt: new Date("2019-02-01") } } })).toBe(0);
  expect(await db.prisma.auditEvent.count({ where: { chain: 60 } })).toBe(4);
  const [cut] = await db.prisma.$queryRaw<{ koppen: Record<string, unknown>; bruggen: Record<string, string> }[]>`
    SELECT koppen, bruggen FROM audit_afkapping`;
  expect(Object.keys(cut.koppen).sort()).toEqual(["60", "61"]);
  expect(Object.keys(cut.bruggen)).toHaveLength(1);

  const na = await verifyAuditChain(db.prisma);
  expect(na.problems).toEqual([]);
  expect(na.afgekapt).toEqual([{ tot: "2019-02-01T00:00:00.000Z", verwijderd: 8 }]);
  // A chain with nothing left goes on from its recorded head.
  await schrijf("2019-02-20T10:00:00Z", 61, 2);
  expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  // The maintenance is itself in the log; a second run finds nothing more to remove.
  expect(await db.prisma.auditEvent.count({ where: { entityType: "audit_event", action: "DELETE" } })).toBe(1);
  expect((await auditOnderhoud(db.prisma, { vandaag: new Date("2024-02-15"), bewaarJaren: 5 })).maanden).toEqual([]);
});

test("an event removed behind the cut's back still breaks its chain", async () => {
  await db.prisma.$queryRaw`SELECT vt_audit_partitie('2018-03-01'::date)`;
  await schrijf("2018-03-10T10:00:00Z", 62, 3);
  await schrijf("2019-02-12T10:00:00Z", 62, 1);
  expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  // The owner detaches a month without the maintenance step: nothing records the cut.
  await db.prisma.$executeRawUnsafe(`ALTER TABLE audit_event DETACH PARTITION audit_event_p201803`);
  const r = await verifyAuditChain(db.prisma);
  expect(r.ok).toBe(false);
  expect(r.problems).toEqual([expect.objectContaining({ chain: 62, problem: "broken_link" })]);
  await db.prisma.$executeRawUnsafe(
    `ALTER TABLE audit_event ATTACH PARTITION audit_event_p201803 FOR VALUES FROM ('2018-03-01 00:00+00') TO ('2018-04-01 00:00+00')`,
  );
  expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
});

test.skipIf(!process.env.DATABASE_URL)("the application's role can not make, remove or empty a month", async () => {
  await db.prisma.$queryRaw`SELECT vt_audit_partitie('2017-05-01'::date)`;
  const rol = `vt_app_${crypto.randomBytes(4).toString("hex")}`;
  const wachtwoord = crypto.randomBytes(12).toString("hex");
  await adminQuery(db.url!, `CREATE ROLE ${rol} LOGIN PASSWORD '${wachtwoord}' IN ROLE vt_app`);
  const u = new URL(db.url!);
  u.username = rol;
  u.password = wachtwoord;
  const app = new pg.Client({ connectionString: u.toString() });
  await app.connect();
  try {
    for (const sql of [
      `SELECT vt_audit_partitie('2040-01-01'::date)`,
      `ALTER TABLE audit_event DETACH PARTITION audit_event_p201705`,
      `DROP TABLE audit_event_p201705`,
      `TRUNCATE audit_event_p201705`,
      `DELETE FROM audit_event_p201705`,
      `INSERT INTO audit_afkapping (tot, verwijderd, koppen, bruggen) VALUES (now(), 0, '{}', '{}')`,
    ])
      await expect(app.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);
    // Reading and appending stay possible.
    await expect(app.query(`SELECT count(*) FROM audit_event`)).resolves.toBeTruthy();
  } finally {
    await app.end();
    await adminQuery(db.url!, `DROP OWNED BY ${rol}; DROP ROLE ${rol}`).catch(() => {});
  }
  expect(await partitie("audit_event_p201705")).toBe("audit_event_p201705");
});
