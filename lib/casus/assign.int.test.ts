import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeCasus, makeUser } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { Conflict, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { assignBehandelaar, assignCasemanager } from "./assign";

const db = freshTestDb();
let triage: Actor, triage2: Actor, cm: Actor, cm2: Actor, gw: Actor, lead: Actor, lead2: Actor;

beforeAll(async () => {
  triage = await makeUser(db.prisma, "TRIAGE");
  triage2 = await makeUser(db.prisma, "TRIAGE");
  cm = await makeUser(db.prisma, "CASEMANAGER");
  cm2 = await makeUser(db.prisma, "CASEMANAGER");
  gw = await makeUser(db.prisma, "GEDRAGSWETENSCHAPPER");
  lead = await makeUser(db.prisma, "TEAMLEIDER", "lotte");
  lead2 = await makeUser(db.prisma, "TEAMLEIDER", "collega-teamleider");
});

const teVerdelen = () =>
  makeCasus(db.prisma, triage.id, { datum: "2026-11-02", beoordeling: { datum: "2026-11-04", besluitMetId: gw.id } });

describe("assign a casus to a case manager", () => {
  test("assigns, bumps the version and audits an UPDATE", async () => {
    const { casus } = await teVerdelen();
    const r = await assignCasemanager(
      { casusId: casus.id, version: casus.version, casemanagerId: String(cm2.id) },
      lead,
    );
    expect(r).toMatchObject({ nummer: casus.nummer, naam: `Test ${cm2.username}`, version: 2 });
    const now = await db.prisma.casus.findUniqueOrThrow({ where: { id: casus.id } });
    expect(now).toMatchObject({ casemanagerId: cm2.id, version: 2 });
    const e = await db.prisma.auditEvent.findFirst({ where: { casusId: casus.id, action: "UPDATE" } });
    expect(e).toMatchObject({ userId: lead.id, entityType: "casus", entityId: String(casus.id), outcome: "SUCCESS" });
  });

  test("a stale version is refused and names the colleague who assigned first", async () => {
    const { casus } = await teVerdelen();
    await assignCasemanager({ casusId: casus.id, version: 1, casemanagerId: cm.id }, lead2);
    const stale = assignCasemanager({ casusId: casus.id, version: 1, casemanagerId: cm2.id }, lead);
    await expect(stale).rejects.toBeInstanceOf(Conflict);
    await expect(assignCasemanager({ casusId: casus.id, version: 1, casemanagerId: cm2.id }, lead)).rejects.toThrow(
      /gewijzigd door Test collega-teamleider/,
    );
    expect((await db.prisma.casus.findUniqueOrThrow({ where: { id: casus.id } })).casemanagerId).toBe(cm.id);
  });

  test("only an active case manager can be chosen", async () => {
    const { casus } = await teVerdelen();
    for (const wrong of [triage.id, gw.id, lead.id, 999999]) {
      const p = assignCasemanager({ casusId: casus.id, version: 1, casemanagerId: wrong }, lead);
      await expect(p).rejects.toBeInstanceOf(ValidationFailed);
    }
    await db.prisma.user.update({ where: { id: cm2.id }, data: { active: false } });
    await expect(
      assignCasemanager({ casusId: casus.id, version: 1, casemanagerId: cm2.id }, lead),
    ).rejects.toMatchObject({ fieldErrors: { casemanagerId: "Kies een actieve casemanager." } });
    await db.prisma.user.update({ where: { id: cm2.id }, data: { active: true } });
    expect((await db.prisma.casus.findUniqueOrThrow({ where: { id: casus.id } })).casemanagerId).toBeNull();
  });

  test("bad input gives Dutch messages and stores nothing", async () => {
    const { casus } = await teVerdelen();
    await expect(assignCasemanager({ casusId: casus.id, version: 1, casemanagerId: "" }, lead)).rejects.toMatchObject({
      fieldErrors: { casemanagerId: "Kies een casemanager." },
    });
    await expect(
      assignCasemanager({ casusId: "1 OR 1=1", version: 1, casemanagerId: cm.id }, lead),
    ).rejects.toBeInstanceOf(ValidationFailed);
    await expect(assignCasemanager({ casusId: 99999, version: 1, casemanagerId: cm.id }, lead)).rejects.toThrow(
      /niet gevonden/,
    );
  });

  test("a closed casus cannot be assigned; the same assignment twice is refused", async () => {
    const closed = await makeCasus(db.prisma, triage.id, { datum: "2026-01-05", einddatum: "2026-02-01" });
    await expect(
      assignCasemanager({ casusId: closed.casus.id, version: 1, casemanagerId: cm.id }, lead),
    ).rejects.toBeInstanceOf(RuleViolation);
    const { casus } = await teVerdelen();
    await assignCasemanager({ casusId: casus.id, version: 1, casemanagerId: cm.id }, lead);
    await expect(assignCasemanager({ casusId: casus.id, version: 2, casemanagerId: cm.id }, lead)).rejects.toThrow(
      /al aan/,
    );
  });
});

describe("assign a melding to a triage worker", () => {
  test("assigns a melding awaiting its beoordeling; stale version names the colleague", async () => {
    const { melding } = await makeCasus(db.prisma, triage.id, { datum: "2026-11-19", behandelaarId: triage.id });
    await assignBehandelaar({ meldingId: melding.id, version: 1, behandelaarId: triage2.id }, lead2);
    expect((await db.prisma.melding.findUniqueOrThrow({ where: { id: melding.id } })).behandelaarId).toBe(triage2.id);
    await expect(
      assignBehandelaar({ meldingId: melding.id, version: 1, behandelaarId: triage.id }, lead),
    ).rejects.toThrow(/gewijzigd door Test collega-teamleider/);
    const e = await db.prisma.auditEvent.findFirst({
      where: { entityType: "melding", entityId: String(melding.id), action: "UPDATE" },
    });
    expect(e?.userId).toBe(lead2.id);
  });

  test("refuses a non-triage user and a melding with a final beoordeling", async () => {
    const open = await makeCasus(db.prisma, triage.id, { datum: "2026-11-19" });
    await expect(
      assignBehandelaar({ meldingId: open.melding.id, version: 1, behandelaarId: cm.id }, lead),
    ).rejects.toMatchObject({ fieldErrors: { behandelaarId: "Kies een actieve medewerker voordeur (triage)." } });
    const done = await teVerdelen();
    await expect(
      assignBehandelaar({ meldingId: done.melding.id, version: 1, behandelaarId: triage2.id }, lead),
    ).rejects.toThrow(/definitieve veiligheidsbeoordeling/);
  });
});
