import crypto from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeUser } from "@/lib/testing/factories";
import { defineCommand } from "./door";
import { verifyAuditChain } from "./audit-verify";
import { Forbidden } from "./errors";
import { updateVersioned } from "@/lib/db/versioned";
import type { Actor } from "./audit";

const db = freshTestDb();
let triage: Actor;
let beheerder: Actor;
beforeAll(async () => {
  triage = await makeUser(db.prisma, "TRIAGE");
  beheerder = await makeUser(db.prisma, "BEHEERDER");
});

const ZNote = z.object({ notitie: z.string().min(1) });
const adviesData = (behandelaarId: number) => ({
  startdatum: new Date("2025-08-01"),
  aard: ["01"],
  aanvullendeInformatie: [],
  duur: "99",
  functieRol: "21",
  organisatie: "04",
  behandelaarId,
});

describe("audit log", () => {
  test("the database refuses UPDATE, DELETE and TRUNCATE of audit events", async () => {
    await defineCommand({ permission: "advies:write", schema: ZNote }, async ({ tx, audit }) => {
      const a = await tx.advies.create({ data: adviesData(triage.id) });
      await audit({ action: "CREATE", entityType: "advies", entityId: a.id });
    })({ notitie: "x" }, triage);
    await expect(db.exec(`UPDATE audit_event SET username = 'iemand'`)).rejects.toThrow(/append-only/);
    await expect(db.exec(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(db.exec(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  test("a failed transaction leaves neither data nor audit event", async () => {
    const before = { advies: await db.prisma.advies.count(), audit: await db.prisma.auditEvent.count() };
    await expect(
      defineCommand({ permission: "advies:write", schema: ZNote }, async ({ tx, audit }) => {
        const a = await tx.advies.create({ data: adviesData(triage.id) });
        await audit({ action: "CREATE", entityType: "advies", entityId: a.id });
        throw new Error("fails halfway");
      })({ notitie: "x" }, triage),
    ).rejects.toThrow("fails halfway");
    expect(await db.prisma.advies.count()).toBe(before.advies);
    expect(await db.prisma.auditEvent.count()).toBe(before.audit);
  });

  test("invalid input stores nothing; a refused permission is audited as DENIED", async () => {
    const before = await db.prisma.advies.count();
    await expect(
      defineCommand({ permission: "advies:write", schema: ZNote }, async () => 1)({ notitie: "" }, triage),
    ).rejects.toThrow();
    await expect(
      defineCommand({ permission: "advies:write", schema: ZNote }, async () => 1)({ notitie: "x" }, beheerder),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await db.prisma.advies.count()).toBe(before);
    const denied = await db.prisma.auditEvent.findFirst({ where: { userId: beheerder.id, outcome: "DENIED" } });
    expect(denied?.detail).toContain("advies:write");
    expect(denied?.role).toBe("BEHEERDER");
  });

  test("audit:verify accepts the intact chains and names the first altered or removed event", async () => {
    for (let i = 0; i < 6; i++) {
      await defineCommand({ permission: "advies:write", schema: ZNote }, async ({ tx, audit }) => {
        const a = await tx.advies.create({ data: adviesData(triage.id) });
        await audit({ action: "CREATE", entityType: "advies", entityId: a.id, casusId: null });
        await audit({ action: "READ", entityType: "advies", entityId: a.id, casusId: null });
      })({ notitie: "x" }, triage);
    }
    const ok = await verifyAuditChain(db.prisma);
    expect(ok.ok).toBe(true);
    expect(ok.checked).toBeGreaterThanOrEqual(12);
    // The two events of one transaction are consecutive links of one chain.
    const events = await db.prisma.auditEvent.findMany({ where: { entityType: "advies" }, orderBy: { id: "asc" } });
    const [a, b] = events.slice(-2);
    expect(b.chain).toBe(a.chain);
    expect(b.prevHash).toBe(a.hash);
    // A superuser bypasses the triggers and alters an event: the chain shows it.
    await db.exec(
      `SET session_replication_role = replica; UPDATE audit_event SET username = 'verborgen' WHERE id = ${a.id}; SET session_replication_role = origin;`,
    );
    const altered = await verifyAuditChain(db.prisma);
    expect(altered.ok).toBe(false);
    expect(altered.problems[0]).toEqual({ id: String(a.id), chain: a.chain, problem: "altered" });
  });

  test("the whole log removed: every chain's recorded head names it", async () => {
    await defineCommand({ permission: "advies:write", schema: ZNote }, async ({ audit }) => {
      await audit({ action: "READ", entityType: "advies", entityId: 1 });
    })({ notitie: "x" }, triage);
    const koppen = await db.prisma.auditKop.findMany();
    expect(koppen.length).toBeGreaterThan(0);
    await db.exec(
      `SET session_replication_role = replica; DELETE FROM audit_event; SET session_replication_role = origin;`,
    );
    const r = await verifyAuditChain(db.prisma);
    expect(r.checked).toBe(0);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(
      koppen
        .map((k) => ({ id: String(k.eventId), chain: k.chain, problem: "head_mismatch" }))
        .sort((a, b) => Number(a.id) - Number(b.id)),
    );
  });

  test("removing an event, or recomputing a chain without the key, is detected", async () => {
    const fresh = async () => {
      await db.exec(
        `SET session_replication_role = replica; DELETE FROM audit_event; DELETE FROM audit_kop; SET session_replication_role = origin;`,
      );
      for (let i = 0; i < 2; i++) {
        await defineCommand({ permission: "advies:write", schema: ZNote }, async ({ audit }) => {
          for (let j = 0; j < 3; j++) await audit({ action: "READ", entityType: "advies", entityId: j });
        })({ notitie: "x" }, triage);
      }
      return db.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    };
    let events = await fresh();
    await db.exec(
      `SET session_replication_role = replica; DELETE FROM audit_event WHERE id = ${events[1].id}; SET session_replication_role = origin;`,
    );
    const removed = await verifyAuditChain(db.prisma);
    expect(removed.problems[0]).toEqual({ id: String(events[2].id), chain: events[2].chain, problem: "broken_link" });

    // Someone with write access rewrites a chain and recomputes every hash, but without AUDIT_HMAC_KEY.
    events = await fresh();
    const chain = events.filter((e) => e.chain === events[0].chain);
    let prev = "0".repeat(64);
    for (const e of chain) {
      const hash = crypto.createHmac("sha256", "a guess at the key").update(`${e.id}${e.detail}`).digest("hex");
      await db.exec(
        `SET session_replication_role = replica; UPDATE audit_event SET "prevHash" = '${prev}', hash = '${hash}', detail = 'herschreven' WHERE id = ${e.id}; SET session_replication_role = origin;`,
      );
      prev = hash;
    }
    const rewritten = await verifyAuditChain(db.prisma);
    expect(rewritten.ok).toBe(false);
    expect(rewritten.problems[0]).toEqual({ id: String(chain[0].id), chain: chain[0].chain, problem: "altered" });
  });

  test("the app's database role may insert and read audit events, and nothing more", async () => {
    await defineCommand({ permission: "advies:write", schema: ZNote }, async ({ audit }) => {
      await audit({ action: "READ", entityType: "advies", entityId: 1 });
    })({ notitie: "x" }, triage);
    const asApp = (sql: string) => db.exec(`SET ROLE vt_app; ${sql}; RESET ROLE;`).finally(() => db.exec("RESET ROLE"));
    await expect(asApp(`SELECT count(*) FROM audit_event`)).resolves.toBeUndefined();
    for (const sql of [
      `UPDATE audit_event SET username = 'x'`,
      `DELETE FROM audit_event`,
      `TRUNCATE audit_event`,
      `DELETE FROM audit_kop`,
      `TRUNCATE audit_kop`,
      `ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`,
      `ALTER TABLE audit_event DROP COLUMN detail`,
      `SET session_replication_role = replica`,
    ]) {
      await expect(asApp(sql), sql).rejects.toThrow(/permission denied|must be owner|must be superuser/);
    }
  });
});

describe("optimistic locking", () => {
  test("a stale write is refused and names who changed the record", async () => {
    const other = await makeUser(db.prisma, "TRIAGE", "collega");
    const a = await db.prisma.advies.create({ data: adviesData(triage.id) });
    await defineCommand({ permission: "advies:write", schema: ZNote }, async ({ tx, audit }) => {
      await updateVersioned(tx, tx.advies, "advies", a.id, a.version, { duur: "03" });
      await audit({ action: "UPDATE", entityType: "advies", entityId: a.id });
    })({ notitie: "x" }, other);
    await expect(
      defineCommand({ permission: "advies:write", schema: ZNote }, async ({ tx, audit }) => {
        await updateVersioned(tx, tx.advies, "advies", a.id, a.version, { duur: "05" });
        await audit({ action: "UPDATE", entityType: "advies", entityId: a.id });
      })({ notitie: "x" }, triage),
    ).rejects.toThrow(/gewijzigd door Test collega/);
    const now = await db.prisma.advies.findUniqueOrThrow({ where: { id: a.id } });
    expect(now.duur).toBe("03");
    expect(now.version).toBe(2);
  });
});
