// The app's jobs on the database-backed queue (pg-boss, schema pgboss; made by migration 20261206075500_job_queue).
export const TERMIJN_SIGNALEN = "termijn-signalen";
/** Every morning at 06:00 Amsterdam time, before the working day starts. */
export const TERMIJN_SIGNALEN_CRON = "0 6 * * *";
export const TIJDZONE = "Europe/Amsterdam";
export const BEWAARTERMIJN = "bewaartermijn";
/** Every morning at 06:30 Amsterdam time, after the deadline signals. */
export const BEWAARTERMIJN_CRON = "30 6 * * *";
