-- pg-boss runs its cron schedules through its own queue "__pgboss__send-it", which it tries to create when a server
-- starts; the app role may not create it (a queue is a partition of pgboss.job), so it is made here by the owner.
-- Without it the daily schedule of termijn-signalen would never send its job. docs/decisions/017-job-queue.md.
SELECT pgboss.create_queue('__pgboss__send-it', '{"policy":"standard"}'::json);

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO vt_app;
