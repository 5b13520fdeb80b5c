-- The audit chain's lock, its last hash and the new events' ids in one round trip (lib/auth/audit-chain.ts
-- appendAudits; docs/decisions/012). Before, two statements: the lock, then the head — the head must be read after
-- the lock is held, or an event committed meanwhile would be linked past. In READ COMMITTED a VOLATILE PL/pgSQL
-- function takes a new snapshot for each statement it runs, so the SELECT after PERFORM still sees every event
-- committed before the lock was granted. The lock's first key (7513) and the recent window are the same as before.
CREATE FUNCTION vt_audit_kop(ketens integer, van timestamptz, tot timestamptz, aantal integer,
  OUT keten integer, OUT kop text, OUT ids text[]) LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  keten := (txid_current() % ketens)::integer;
  PERFORM pg_advisory_xact_lock(7513, keten);
  SELECT e.hash INTO kop FROM audit_event e WHERE e.chain = keten AND e.at >= van AND e.at < tot
    ORDER BY e.id DESC LIMIT 1;
  ids := ARRAY(SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))::text FROM generate_series(1, aantal));
END $$;
