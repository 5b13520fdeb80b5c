// Starts the job queue in the app's server process (instrumentation.ts): the daily schedules of the deadline
// signals and the bewaartermijn, and the workers that run them. Several app servers may all start it: pg-boss hands each job to one
// worker, and the signals' keys make a second run of the same day a no-op. A failure here is logged and never
// stops the app; set VT_JOBS=uit to run no jobs in a process.
import "server-only";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/generated/prisma/client";
import { dbHandle, getPrisma } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/domain/dates";
import { maakBoss } from "./boss";
import { BEWAARTERMIJN, BEWAARTERMIJN_CRON, TERMIJN_SIGNALEN, TERMIJN_SIGNALEN_CRON, TIJDZONE } from "./queues";
import { draaiTermijnSignalen } from "./termijn-job";
import { draaiBewaartermijn } from "./bewaartermijn-job";

/** A job may name the day to run for (a rerun of a missed day); by default today in Amsterdam. */
export type TermijnJobData = { vandaag?: string };

/** The schedule and the worker, on a started boss. */
export async function registreerJobs(boss: PgBoss, prisma: PrismaClient, { pollingIntervalSeconds = 30 } = {}) {
  await boss.schedule(TERMIJN_SIGNALEN, TERMIJN_SIGNALEN_CRON, {}, { tz: TIJDZONE });
  // A daily job: looking for work every 30 seconds is plenty and keeps the database quiet.
  await boss.work<TermijnJobData>(TERMIJN_SIGNALEN, { pollingIntervalSeconds }, async ([job]) => {
    const vandaag = job?.data?.vandaag ? parseIsoDate(job.data.vandaag) : null;
    const telling = await draaiTermijnSignalen(prisma, vandaag ?? undefined);
    console.log(`[jobs] ${TERMIJN_SIGNALEN}: ${telling.termijn} termijn, ${telling.monitoring} monitoring`);
    return telling;
  });
  await boss.schedule(BEWAARTERMIJN, BEWAARTERMIJN_CRON, {}, { tz: TIJDZONE });
  await boss.work<TermijnJobData>(BEWAARTERMIJN, { pollingIntervalSeconds }, async ([job]) => {
    const vandaag = job?.data?.vandaag ? parseIsoDate(job.data.vandaag) : null;
    const r = await draaiBewaartermijn(prisma, vandaag ?? undefined);
    console.log(`[jobs] ${BEWAARTERMIJN}: ${r.lijst.totaal} due, ${r.bestanden.length} delivery files removed`);
    return { teVernietigen: r.lijst.totaal, signalen: r.signalen, bestanden: r.bestanden.length };
  });
}

export async function startJobs() {
  const prisma = getPrisma();
  const handle = dbHandle();
  if (!handle) return;
  const boss = maakBoss(handle);
  boss.on("error", (e) => console.error("[jobs]", e.message));
  await boss.start();
  await registreerJobs(boss, prisma);
  console.log(
    `[jobs] ${TERMIJN_SIGNALEN} (${TERMIJN_SIGNALEN_CRON}) and ${BEWAARTERMIJN} (${BEWAARTERMIJN_CRON}) scheduled, ${TIJDZONE}`,
  );
  return boss;
}
