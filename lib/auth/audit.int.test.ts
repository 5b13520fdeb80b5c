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

  test("audit:verify accepts the intact chain and detects an altered or removed row", async () => {
    for (let i = 0; i < 3; i++) {
      await defineCommand({ permission: "advies:write", schema: ZNote }, async ({ tx, audit }) => {
        const a = await tx.advies.create({ data: adviesData(triage.id) });
        await audit({ action: "CREATE", entityType: "advies", entityId: a.id, casusId: null });
      })({ notitie: "x" }, triage);
    }
    const ok = await verifyAuditChain(db.prisma);
    expect(ok.ok).toBe(true);
    expect(ok.checked).toBeGreaterThanOrEqual(4);
    const events = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events[0].prevHash).toBe("0".repeat(64));
    expect(events[1].prevHash).toBe(events[0].hash);
    // A superuser bypasses the triggers and alters a row: the chain shows it.
    const victim = events[2].id;
    await db.exec(
      `SET session_replication_role = replica; UPDATE audit_event SET username = 'verborgen' WHERE id = ${victim}; SET session_replication_role = origin;`,
    );
    const altered = await verifyAuditChain(db.prisma);
    expect(altered.ok).toBe(false);
    expect(altered.problems).toContainEqual({ id: String(victim), problem: "altered" });
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
