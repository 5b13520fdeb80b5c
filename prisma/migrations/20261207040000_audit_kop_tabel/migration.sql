-- Each audit chain's newest event (its id and hash) in a row of its own, written in the same statement as the events
-- (lib/auth/audit-chain.ts appendAudits; docs/decisions/012, "The chain heads in a table"). vt_audit_kop read the head
-- from the log itself, the newest event of the chain in the last 35 days: inside PL/pgSQL that query soon ran as a
-- generic plan, which read every event of those 35 days through the index on `at` and sorted them — 6 ms per
-- audited request with 15 000 events, and growing with the log (a month of a large organisation is millions).
-- Now the head is one primary-key lookup whatever the size of the log. A chain without a row (never written since
-- this migration, or written by a test of its own) still finds its head in the log and the cuts (chainHead).
CREATE TABLE "audit_kop" (
    "chain" SMALLINT NOT NULL,
    "eventId" BIGINT NOT NULL,
    "hash" CHAR(64) NOT NULL,
    CONSTRAINT "audit_kop_pkey" PRIMARY KEY ("chain")
);
-- The app moves a head forward (INSERT … ON CONFLICT DO UPDATE); it never removes one.
REVOKE DELETE, TRUNCATE ON "audit_kop" FROM vt_app;

-- Today's heads: per chain number (1 … 64 chains, decision 012) its newest event, by the (chain, id) index.
INSERT INTO "audit_kop" ("chain", "eventId", "hash")
SELECT k, e.id, e.hash FROM generate_series(0, 63) k
  CROSS JOIN LATERAL (SELECT id, hash FROM audit_event WHERE chain = k ORDER BY id DESC LIMIT 1) e;

-- The lock, the head and the new ids in one call, as before; the head now from audit_kop, read after the lock is
-- granted (a VOLATILE function takes a new snapshot for each statement in READ COMMITTED).
DROP FUNCTION vt_audit_kop(integer, timestamptz, timestamptz, integer);
CREATE FUNCTION vt_audit_kop(ketens integer, aantal integer, OUT keten integer, OUT kop text, OUT ids text[])
  LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  keten := (txid_current() % ketens)::integer;
  PERFORM pg_advisory_xact_lock(7513, keten);
  SELECT k.hash INTO kop FROM audit_kop k WHERE k.chain = keten;
  ids := ARRAY(SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))::text FROM generate_series(1, aantal));
END $$;
