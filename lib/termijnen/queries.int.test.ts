import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { addDienst, d, makeCasus, makeUser } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { Forbidden } from "@/lib/auth/errors";
import { getTermijnen } from "./queries";

const db = freshTestDb();
let triage: Actor, gw: Actor, cm: Actor, lead: Actor;
const NOW = new Date("2026-11-23T10:00:00Z");
const nummers: Record<string, string> = {};

beforeAll(async () => {
  triage = await makeUser(db.prisma, "TRIAGE");
  gw = await makeUser(db.prisma, "GEDRAGSWETENSCHAPPER");
  cm = await makeUser(db.prisma, "CASEMANAGER");
  lead = await makeUser(db.prisma, "TEAMLEIDER");
  const b = (datum: string, vastgesteld = true) => ({
    datum,
    besluitMetId: gw.id,
    vastgesteldDoorId: vastgesteld ? gw.id : null,
  });
  // Across Christmas and New Year: the deadline of Tue 23 Dec 2025 is Fri 2 Jan 2026.
  const opTijd = await makeCasus(db.prisma, triage.id, { datum: "2025-12-23", beoordeling: b("2026-01-02") });
  const teLaat = await makeCasus(db.prisma, triage.id, {
    datum: "2025-12-23",
    beoordeling: b("2026-01-05"),
    behandelaarId: triage.id,
  });
  const open = await makeCasus(db.prisma, triage.id, { datum: "2025-12-01" });
  const wacht = await makeCasus(db.prisma, triage.id, { datum: "2025-12-01", beoordeling: b("2025-12-03", false) });
  await makeCasus(db.prisma, triage.id, { datum: "2025-11-28", beoordeling: b("2025-12-15") }); // before the period
  Object.assign(nummers, {
    opTijd: opTijd.melding.nummer,
    teLaat: teLaat.melding.nummer,
    open: open.melding.nummer,
    wacht: wacht.melding.nummer,
  });
  // Onderzoeken after a beoordeling of 9 Oct 2025: deadline 18 Dec 2025.
  for (const [naam, eind] of [
    ["oOpTijd", "2025-12-18"],
    ["oTeLaat", "2025-12-19"],
    ["oLopend", undefined],
  ] as const) {
    const c = await makeCasus(db.prisma, triage.id, {
      datum: "2025-10-07",
      casemanagerId: cm.id,
      beoordeling: b("2025-10-09"),
    });
    const o = await addDienst(
      db.prisma,
      { casus: { id: c.casus.id }, beoordeling: { id: c.beoordeling!.id } },
      { startdatum: "2025-10-13", einddatum: eind, voorgesteldDoorId: cm.id, bevestigdDoorId: gw.id },
    );
    nummers[naam] = o.nummer;
  }
});

describe("termijnen", () => {
  test("beoordelingen within 5 werkdagen across the holidays; open ones past their deadline are listed", async () => {
    const t = await getTermijnen(lead, { van: d("2025-12-01"), tot: d("2025-12-31") }, NOW);
    expect(t.beoordelingen).toMatchObject({ n: 2, opTijd: 1, percentage: 50, norm: 90 });
    expect(t.beoordelingen.teLaat.rijen).toEqual([
      expect.objectContaining({
        nummer: nummers.teLaat,
        deadline: "2026-01-02",
        afgerond: "2026-01-05",
        overschrijding: 1,
      }),
    ]);
    // No beoordeling at all: overdue. A beoordeling on time that awaits confirmation is not overdue.
    expect(t.beoordelingen.open.rijen.map((i) => i.nummer)).toEqual([nummers.open]);
    expect(t.beoordelingen.open.rijen[0]).toMatchObject({ deadline: "2025-12-08", status: "Nog niet beoordeeld" });
  });

  test("onderzoeken closed in the period within 10 weeks; the running one past its deadline is listed", async () => {
    const t = await getTermijnen(lead, { van: d("2025-12-01"), tot: d("2025-12-31") }, NOW);
    expect(t.onderzoeken).toMatchObject({ n: 2, opTijd: 1, percentage: 50, norm: 80 });
    expect(t.onderzoeken.teLaat.rijen.map((i) => i.nummer)).toEqual([nummers.oTeLaat]);
    expect(t.onderzoeken.open.rijen).toEqual([
      expect.objectContaining({ nummer: nummers.oLopend, deadline: "2025-12-18", status: "Loopt nog" }),
    ]);
  });

  test("a period without data gives no percentage; the read is audited", async () => {
    const t = await getTermijnen(lead, { van: d("2024-01-01"), tot: d("2024-06-30") }, NOW);
    expect(t.beoordelingen).toMatchObject({ n: 0, percentage: null });
    expect(t.onderzoeken).toMatchObject({ n: 0, percentage: null });
    const e = await db.prisma.auditEvent.findFirst({ orderBy: { id: "desc" } });
    expect(e).toMatchObject({ action: "READ", entityType: "termijnen", userId: lead.id, outcome: "SUCCESS" });
  });

  test("other roles are refused and audited", async () => {
    for (const u of [triage, gw, cm]) {
      await expect(getTermijnen(u, { van: d("2025-12-01"), tot: d("2025-12-31") }, NOW)).rejects.toBeInstanceOf(
        Forbidden,
      );
    }
    expect(await db.prisma.auditEvent.count({ where: { entityType: "termijnen", outcome: "DENIED" } })).toBe(3);
  });
});
