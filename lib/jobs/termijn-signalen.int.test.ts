import crypto from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, test } from "vitest";
import { adminQuery } from "@/lib/testing/pg-admin";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { dbHandle } from "@/lib/db/client";
import { type Team, d, makeCasus, makeTeam, makeTeamCasus } from "@/lib/testing/factories";
import { maakBoss } from "./boss";
import { BEWAARTERMIJN, TERMIJN_SIGNALEN } from "./queues";
import { registreerJobs } from "./start";
import { draaiTermijnSignalen } from "./termijn-job";

const db = freshTestDb();
let team: Team;
// Thursday 19 November 2026: "due in 1 working day" means due on the 19th or the 20th.
const VANDAAG = "2026-11-19";
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

const signalen = (soort: string) =>
  db.prisma.signaal.findMany({ where: { soort }, orderBy: [{ casusId: "asc" }, { userId: "asc" }] });

describe("the daily deadline signals", () => {
  test("a deadline due today or on the next working day, and monitoring within 7 days; a second run adds nothing", async () => {
    // Beoordeling due Friday 20 November (melding Friday 13th + 5 werkdagen), for its behandelaar.
    const vrijdag = await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-13", behandelaarId: team.triage.id });
    // Acute and received today: due today; no behandelaar, so the triage team is told.
    const acuut = await makeCasus(db.prisma, team.triage.id, { datum: VANDAAG, acuut: true });
    // Due Monday 23 November: not yet.
    await makeCasus(db.prisma, team.triage.id, { datum: "2026-11-16", behandelaarId: team.triage.id });
    // An Onderzoek whose 10 weeks end on 20 November, for the casemanager who runs it.
    const o = await makeTeamCasus(db.prisma, team, {
      datum: "2026-09-08",
      beoordeling: { inhoud: "01", datum: "2026-09-11" },
    });
    await db.prisma.dienst.create({
      data: {
        casusId: o.casus.id,
        beoordelingId: o.beoordeling!.id,
        soort: "O",
        startdatum: d("2026-09-14"),
        uitvoerderId: team.cm.id,
      },
    });
    // Monitoring: last overdracht 13 October + 42 days = 24 November, within 7 days.
    const m = await makeTeamCasus(db.prisma, team, { datum: "2026-09-01", beoordeling: { inhoud: "02" } });
    await db.prisma.overdracht.create({
      data: {
        casusId: m.casus.id,
        moment: 1,
        bronMeldingId: m.melding.id,
        datum: d("2026-10-13"),
        partij: "02",
        hulp: "2",
        createdById: team.cm.id,
      },
    });

    // Informing: received 9 October, extended once (4 + 2 weeks) → due 20 November.
    const inf = await makeCasus(db.prisma, team.triage.id, { datum: "2026-10-09", behandelaarId: team.triage.id });
    await db.prisma.meldingBetrokkene.updateMany({
      where: { meldingId: inf.melding.id },
      data: { informerenVerlengd: 1 },
    });

    const eerste = await draaiTermijnSignalen(db.prisma, d(VANDAAG));
    const termijn = await signalen("TERMIJN");
    expect(termijn.map((s) => [s.casusId, s.userId, s.tekst])).toEqual(
      expect.arrayContaining([
        [
          vrijdag.casus.id,
          team.triage.id,
          `Termijn veiligheidsbeoordeling van melding ${vrijdag.melding.nummer} verloopt op 20 november 2026.`,
        ],
        [
          acuut.casus.id,
          team.triage.id,
          `Termijn veiligheidsbeoordeling van melding ${acuut.melding.nummer} verloopt op 19 november 2026.`,
        ],
        [
          o.casus.id,
          team.cm.id,
          expect.stringMatching(/^Termijn van Onderzoek D\d{4}-\d{6} \(10 weken\) verloopt op 20 november 2026\.$/),
        ],
      ]),
    );
    expect(termijn.filter((s) => s.tekst.includes("veiligheidsbeoordeling"))).toHaveLength(2);
    const monitoring = await signalen("MONITORING");
    expect(monitoring.map((s) => [s.casusId, s.userId, s.tekst])).toEqual([
      [m.casus.id, team.cm.id, `Monitoring van casus ${m.casus.nummer} is uiterlijk 24 november 2026 nodig.`],
    ]);
    expect(eerste.monitoring).toBe(1);
    const audit = await db.prisma.auditEvent.findFirst({
      where: { entityType: "signaal", entityId: TERMIJN_SIGNALEN },
    });
    expect(audit).toMatchObject({ userId: null, action: "CREATE", outcome: "SUCCESS" });

    expect(await draaiTermijnSignalen(db.prisma, d(VANDAAG))).toEqual({ termijn: 0, monitoring: 0 });
    expect(await db.prisma.signaal.count({ where: { soort: { in: ["TERMIJN", "MONITORING"] } } })).toBe(
      termijn.length + monitoring.length,
    );
  });

  test("the jobs run on the database-backed queue and are scheduled every morning", async () => {
    // No timekeeper here (schedule: false): the cron queue must come from the migrations, which the next test checks.
    const boss = maakBoss(dbHandle()!, { supervise: false, schedule: false, pollingIntervalSeconds: 0.5 });
    await boss.start();
    try {
      await registreerJobs(boss, db.prisma, { pollingIntervalSeconds: 0.5 });
      const schedules = await boss.getSchedules();
      expect(schedules).toHaveLength(2);
      expect(schedules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: TERMIJN_SIGNALEN, cron: "0 6 * * *", timezone: "Europe/Amsterdam" }),
          expect.objectContaining({ name: BEWAARTERMIJN, cron: "30 6 * * *", timezone: "Europe/Amsterdam" }),
        ]),
      );
      for (const queue of [TERMIJN_SIGNALEN, BEWAARTERMIJN]) {
        const voor = await db.prisma.auditEvent.count({ where: { entityId: queue } });
        const id = await boss.send(queue, { vandaag: VANDAAG });
        let state = "";
        for (let i = 0; i < 100 && state !== "completed" && state !== "failed"; i++) {
          await new Promise((r) => setTimeout(r, 200));
          state = (await boss.getJobById(queue, id!))?.state ?? "";
        }
        expect(state).toBe("completed");
        expect(await db.prisma.auditEvent.count({ where: { entityId: queue } })).toBe(voor + 1);
      }
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });

  // Production connects as a login role in vt_app, which owns nothing: pg-boss must start, schedule and work
  // without creating anything (its schema and both queues, the cron queue included, come from the migrations).
  test.skipIf(!process.env.DATABASE_URL)("the queue starts and schedules as the app role, without errors", async () => {
    const rol = `vt_app_${crypto.randomBytes(4).toString("hex")}`;
    const wachtwoord = crypto.randomBytes(12).toString("hex");
    await adminQuery(db.url!, `CREATE ROLE ${rol} LOGIN PASSWORD '${wachtwoord}' IN ROLE vt_app`);
    const u = new URL(db.url!);
    u.username = rol;
    u.password = wachtwoord;
    const pool = new pg.Pool({ connectionString: u.toString(), max: 3 });
    const fouten: string[] = [];
    const boss = maakBoss({ pool }, { cronWorkerIntervalSeconds: 1 });
    boss.on("error", (e) => fouten.push(e.message));
    try {
      await boss.start();
      await registreerJobs(boss, db.prisma, { pollingIntervalSeconds: 0.5 });
      const id = await boss.send(TERMIJN_SIGNALEN, { vandaag: VANDAAG });
      expect(id).toBeTruthy();
      await new Promise((r) => setTimeout(r, 2500)); // a few polls of the worker and of the cron queue
      expect(fouten).toEqual([]);
      expect((await boss.getSchedules()).map((s) => s.name).sort()).toEqual([BEWAARTERMIJN, TERMIJN_SIGNALEN]);
      // The queue through which pg-boss sends a due schedule's job: the app role could not have made it.
      expect(await boss.getQueue("__pgboss__send-it")).toMatchObject({ name: "__pgboss__send-it" });
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await pool.end();
      await adminQuery(db.url!, `DROP OWNED BY ${rol}; DROP ROLE ${rol}`).catch(() => {});
    }
  });
});
