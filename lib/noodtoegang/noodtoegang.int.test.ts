// Noodtoegang: a reason of at least 20 characters, access to that one casus for 8 hours, every event meanwhile
// flagged, a signal to the teamleiders, listed under Te controleren; expired or ended, the access is gone.
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeTeam, makeTeamCasus, makeUser, type Team, type TestUser } from "@/lib/testing/factories";
import { NotFound, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import type { Actor } from "@/lib/auth/audit";
import { verifyAuditChain } from "@/lib/auth/audit-verify";
import { getCasusOverview } from "@/lib/casus/queries";
import { listTeControleren, markeerGecontroleerd } from "@/lib/privacy/controle";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { activeNoodtoegangen } from "./active";
import { beeindigNoodtoegang, startNoodtoegang } from "./commands";

const db = freshTestDb();
let team: Team;
let privacy: TestUser;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
  privacy = await makeUser(db.prisma, "PRIVACY");
});

const REDEN = "Politie belt over acute situatie, casemanager niet bereikbaar";
/** The actor as the next request sees it: a session of this user, resolved as every request resolves it. */
const metSessie = async (u: Actor): Promise<Actor> => {
  const sessie = await db.prisma.$transaction((tx) => createSession(tx, u.id, null));
  const a = await resolveSession(sessie.id, null);
  expect(a).toMatchObject({ id: u.id, role: u.role });
  return { ...u, nood: a!.nood };
};

describe("noodtoegang", () => {
  test("a reason of at least 20 characters is required; nothing is stored without one", async () => {
    const x = await makeTeamCasus(db.prisma, team, {});
    for (const reden of ["", "te kort"]) {
      const e = await startNoodtoegang({ casusnummer: x.casus.nummer, reden }, team.cm2).catch((e) => e);
      expect(e).toBeInstanceOf(ValidationFailed);
      expect(e.fieldErrors.reden).toMatch(/reden/i);
    }
    await expect(startNoodtoegang({ casusnummer: "C2026-999999", reden: REDEN }, team.cm2)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(startNoodtoegang({ casusnummer: x.casus.nummer, reden: REDEN }, team.cm)).rejects.toBeInstanceOf(
      RuleViolation,
    );
    expect(await db.prisma.noodtoegang.count()).toBe(0);
  });

  test("opens the one casus for 8 hours, flags every event, signals the teamleider, and is listed", async () => {
    const x = await makeTeamCasus(db.prisma, team, {});
    expect(await getCasusOverview(team.cm2, x.casus.nummer)).toBeNull();

    const r = await startNoodtoegang({ casusnummer: x.casus.nummer, reden: REDEN }, team.cm2);
    const n = await db.prisma.noodtoegang.findUniqueOrThrow({ where: { id: r.id } });
    expect(n.eindOp.getTime() - n.startOp.getTime()).toBe(8 * 3600_000);

    const cm2 = await metSessie(team.cm2);
    expect(cm2.nood?.map((v) => v.casusnummer)).toEqual([x.casus.nummer]);
    expect((await getCasusOverview(cm2, x.casus.nummer))?.nummer).toBe(x.casus.nummer);
    const events = await db.prisma.auditEvent.findMany({ where: { userId: team.cm2.id, casusId: x.casus.id } });
    expect(events.map((e) => [e.entityType, e.noodtoegangId])).toEqual(
      expect.arrayContaining([
        ["noodtoegang", r.id],
        ["casus", r.id],
      ]),
    );
    expect(events.every((e) => e.noodtoegangId === r.id || e.outcome !== "SUCCESS")).toBe(true);

    const signaal = await db.prisma.signaal.findFirstOrThrow({ where: { userId: team.tl.id, soort: "NOODTOEGANG" } });
    expect(signaal.tekst).toContain(x.casus.nummer);

    const items = await listTeControleren(privacy);
    const item = items.find((i) => i.sleutel === `noodtoegang:${r.id}`);
    expect(item).toMatchObject({ soort: "NOODTOEGANG", casusnummer: x.casus.nummer, gecontroleerd: null });
    expect(item?.omschrijving).toContain(REDEN);
    await markeerGecontroleerd({ sleutel: item!.sleutel, opmerking: "Terecht: nachtdienst, politie" }, privacy);
    expect((await listTeControleren(privacy)).some((i) => i.sleutel === item!.sleutel)).toBe(false);
    const gedaan = await listTeControleren(privacy, "gecontroleerd");
    expect(gedaan.find((i) => i.sleutel === item!.sleutel)?.gecontroleerd?.opmerking).toBe(
      "Terecht: nachtdienst, politie",
    );
    await expect(
      markeerGecontroleerd({ sleutel: item!.sleutel, opmerking: "nog eens" }, privacy),
    ).rejects.toBeInstanceOf(RuleViolation);

    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  test("expired or ended, the casus is out of reach again", async () => {
    const x = await makeTeamCasus(db.prisma, team, {});
    const r = await startNoodtoegang({ casusnummer: x.casus.nummer, reden: REDEN }, team.cm2);
    // Eight hours and a minute later.
    const later = new Date(Date.now() + 8 * 3600_000 + 60_000);
    expect((await activeNoodtoegangen(team.cm2.id, later)).some((n) => n.id === r.id)).toBe(false);
    await beeindigNoodtoegang({ id: r.id }, team.cm2);
    const cm2 = await metSessie(team.cm2);
    expect(cm2.nood?.some((n) => n.id === r.id)).toBe(false);
    expect(await getCasusOverview(cm2, x.casus.nummer)).toBeNull();
    await expect(beeindigNoodtoegang({ id: r.id }, team.cm2)).rejects.toBeInstanceOf(NotFound);
  });

  test("the database refuses a noodtoegang longer than 8 hours or without a real reason", async () => {
    const x = await makeTeamCasus(db.prisma, team, {});
    const start = new Date();
    await expect(
      db.prisma.noodtoegang.create({
        data: {
          userId: team.cm2.id,
          casusId: x.casus.id,
          reden: REDEN,
          startOp: start,
          eindOp: new Date(start.getTime() + 9 * 3600_000),
        },
      }),
    ).rejects.toThrow();
    await expect(
      db.prisma.noodtoegang.create({
        data: { userId: team.cm2.id, casusId: x.casus.id, reden: "   kort   ", startOp: start, eindOp: start },
      }),
    ).rejects.toThrow();
  });
});
