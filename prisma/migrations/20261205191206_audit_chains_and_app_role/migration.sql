-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "chain" SMALLINT;

-- CreateIndex
CREATE INDEX "audit_event_chain_id_idx" ON "audit_event"("chain", "id");

-- The audit events are chained by the application now (lib/auth/audit-chain.ts, docs/decisions/012): each hash is an
-- HMAC with a key the database never stores, in independent chains instead of one global lock. The triggers that
-- refuse UPDATE, DELETE and TRUNCATE stay.
DROP TRIGGER IF EXISTS audit_event_chain ON audit_event;
DROP FUNCTION IF EXISTS audit_event_chain();

-- The application's database role: it owns nothing, so it can not alter a table or disable a trigger; on the
-- audit log it may only INSERT and SELECT. A login role that is a member of vt_app connects the app (README).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vt_app') THEN
    CREATE ROLE vt_app NOLOGIN;
  END IF;
END $$;
GRANT USAGE ON SCHEMA public TO vt_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO vt_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO vt_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO vt_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM vt_app;
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_tables WHERE tablename = '_prisma_migrations') THEN
    REVOKE ALL ON _prisma_migrations FROM vt_app;
    GRANT SELECT ON _prisma_migrations TO vt_app; -- /api/health counts the applied migrations
  END IF;
END $$;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO vt_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO vt_app;
