-- The audit log partitioned by month (docs/decisions/019): kept at least 5 years, then removed a whole month at a
-- time by the owner of the tables (`npm run audit:onderhoud`), which the application's role vt_app is not: it may
-- only INSERT and SELECT, can not detach or drop a partition, and every row trigger of the parent holds on each
-- partition too. Where the log was cut is recorded in audit_afkapping, so `npm run audit:verify` still verifies
-- what remains. The table is rebuilt: same columns, primary key (id, at) as partitioning requires.

ALTER TABLE "audit_event" RENAME TO "audit_event_alt";
ALTER TABLE "audit_event_alt" RENAME CONSTRAINT "audit_event_pkey" TO "audit_event_alt_pkey";
DROP INDEX IF EXISTS "audit_event_chain_id_idx";
DROP INDEX IF EXISTS "audit_event_casusId_at_id_idx";
DROP INDEX IF EXISTS "audit_event_userId_at_id_idx";
DROP INDEX IF EXISTS "audit_event_at_idx";
DROP INDEX IF EXISTS "audit_event_nood_user_idx";

CREATE TABLE "audit_event" (
    "id" BIGINT NOT NULL DEFAULT nextval('audit_event_id_seq'::regclass),
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "username" VARCHAR(64),
    "role" "Role",
    "action" "AuditAction" NOT NULL,
    "entityType" VARCHAR(40) NOT NULL,
    "entityId" VARCHAR(40),
    "casusId" INTEGER,
    "betrokkeneIds" INTEGER[],
    "outcome" "AuditOutcome" NOT NULL,
    "clientAddress" VARCHAR(64),
    "detail" TEXT,
    "prevHash" CHAR(64) NOT NULL DEFAULT '',
    "hash" CHAR(64) NOT NULL DEFAULT '',
    "chain" SMALLINT,
    "noodtoegangId" INTEGER,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id", "at")
) PARTITION BY RANGE ("at");
ALTER SEQUENCE "audit_event_id_seq" OWNED BY "audit_event"."id";

-- One partition per month (UTC), named audit_event_pJJJJMM; the default partition takes what falls outside them (an
-- event older than the first month, or beyond the months made ahead when the maintenance step was not run).
CREATE FUNCTION vt_audit_partitie(maand date) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  van date := date_trunc('month', maand)::date;
  naam text := 'audit_event_p' || to_char(van, 'YYYYMM');
BEGIN
  IF to_regclass(naam) IS NULL THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)',
      naam, van::timestamp AT TIME ZONE 'UTC', (van + interval '1 month') AT TIME ZONE 'UTC');
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM vt_app', naam);
  END IF;
  RETURN naam;
END $$;
REVOKE EXECUTE ON FUNCTION vt_audit_partitie(date) FROM PUBLIC, vt_app;

CREATE TABLE "audit_event_overig" PARTITION OF "audit_event" DEFAULT;

DO $$
DECLARE m date;
BEGIN
  FOR m IN SELECT generate_series(
      date_trunc('month', coalesce((SELECT min(at) FROM audit_event_alt), now()) AT TIME ZONE 'UTC'),
      date_trunc('month', now() AT TIME ZONE 'UTC') + interval '12 months', interval '1 month')::date
  LOOP
    PERFORM vt_audit_partitie(m);
  END LOOP;
END $$;

INSERT INTO "audit_event" ("id", "at", "userId", "username", "role", "action", "entityType", "entityId", "casusId",
  "betrokkeneIds", "outcome", "clientAddress", "detail", "prevHash", "hash", "chain", "noodtoegangId")
SELECT "id", "at", "userId", "username", "role", "action", "entityType", "entityId", "casusId",
  "betrokkeneIds", "outcome", "clientAddress", "detail", "prevHash", "hash", "chain", "noodtoegangId"
FROM "audit_event_alt";

-- The unkeyed hash of the events of before the keyed chains takes the row type of the new table.
DROP FUNCTION audit_event_hash(audit_event_alt);
DROP TABLE "audit_event_alt";
CREATE FUNCTION audit_event_hash(e audit_event) RETURNS text LANGUAGE sql STABLE SET timezone TO 'UTC' AS $$
  SELECT encode(sha256(convert_to((to_jsonb(e) - 'hash')::text, 'UTF8')), 'hex')
$$;

CREATE INDEX "audit_event_chain_id_idx" ON "audit_event"("chain", "id");
CREATE INDEX "audit_event_casusId_at_id_idx" ON "audit_event"("casusId", "at", "id");
CREATE INDEX "audit_event_userId_at_id_idx" ON "audit_event"("userId", "at", "id");
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");
CREATE INDEX "audit_event_nood_user_idx" ON "audit_event"("userId", "at", "id") WHERE "noodtoegangId" IS NOT NULL;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM vt_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event_overig FROM vt_app;

-- Where the log was cut: the month boundary, how many events went, each chain's last removed hash (the head a chain
-- with nothing left continues from) and, for an event whose predecessor in its chain went, that predecessor's hash.
CREATE TABLE "audit_afkapping" (
    "id" SERIAL NOT NULL,
    "tot" TIMESTAMPTZ(6) NOT NULL,
    "op" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "door" VARCHAR(64) NOT NULL DEFAULT current_user,
    "verwijderd" BIGINT NOT NULL,
    "koppen" JSONB NOT NULL,
    "bruggen" JSONB NOT NULL,

    CONSTRAINT "audit_afkapping_pkey" PRIMARY KEY ("id")
);
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "audit_afkapping" FROM vt_app;
CREATE TRIGGER audit_afkapping_no_update BEFORE UPDATE OR DELETE ON audit_afkapping FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
