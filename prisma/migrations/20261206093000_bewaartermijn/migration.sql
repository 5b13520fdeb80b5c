-- Bewaartermijnen and destruction (docs/decisions/019).
-- AlterTable
ALTER TABLE "casus" ADD COLUMN     "vernietigdOp" TIMESTAMPTZ(3),
ADD COLUMN     "vernietigenReden" VARCHAR(2000),
ADD COLUMN     "vernietigenVanaf" DATE;

-- AlterTable
ALTER TABLE "organisatie" ADD COLUMN     "bewaartermijnJaren" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "leveringBewaarJaren" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "vernietiging" (
    "id" SERIAL NOT NULL,
    "casusId" INTEGER NOT NULL,
    "op" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doorId" INTEGER NOT NULL,
    "reden" VARCHAR(2000) NOT NULL,
    "codes" JSONB NOT NULL,

    CONSTRAINT "vernietiging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "levering_opruiming" (
    "leveringId" INTEGER NOT NULL,
    "op" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "levering_opruiming_pkey" PRIMARY KEY ("leveringId")
);

-- CreateIndex
CREATE UNIQUE INDEX "vernietiging_casusId_key" ON "vernietiging"("casusId");

-- AddForeignKey
ALTER TABLE "vernietiging" ADD CONSTRAINT "vernietiging_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vernietiging" ADD CONSTRAINT "vernietiging_doorId_fkey" FOREIGN KEY ("doorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "levering_opruiming" ADD CONSTRAINT "levering_opruiming_leveringId_fkey" FOREIGN KEY ("leveringId") REFERENCES "levering"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "organisatie" ADD CONSTRAINT "organisatie_bewaartermijn" CHECK (
  "bewaartermijnJaren" BETWEEN 1 AND 20 AND "leveringBewaarJaren" BETWEEN 1 AND 20);
ALTER TABLE "casus" ADD CONSTRAINT "casus_vernietigen_reden" CHECK (
  ("vernietigenVanaf" IS NULL) = ("vernietigenReden" IS NULL));
ALTER TABLE "vernietiging" ADD CONSTRAINT "vernietiging_reden" CHECK (length(btrim("reden")) > 0);
-- The due list: closed, not yet destroyed dossiers by closing date.
CREATE INDEX "casus_bewaren_idx" ON "casus"("einddatum") WHERE "vernietigdOp" IS NULL AND "einddatum" IS NOT NULL;

-- Destruction (lib/bewaartermijn/vernietig.ts) is the one transaction that may delete what is otherwise append-only.
-- It says so with a transaction-local setting; every update stays refused, and a delete outside it too. This guards
-- against mistakes in the application, not against whoever holds the application's database role.
CREATE FUNCTION vt_vernietiging_bezig() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('vt.vernietiging', true), '') = 'aan'
$$;

CREATE OR REPLACE FUNCTION vt_journaal_regel_vast() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND vt_vernietiging_bezig() THEN RETURN OLD; END IF;
  IF OLD."vastgelegdOp" IS NOT NULL THEN
    RAISE EXCEPTION 'journaalregel % is vastgelegd: wijzigen of verwijderen kan niet', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION vt_journaal_betrokkene_vast() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE regel INTEGER;
BEGIN
  IF TG_OP = 'DELETE' AND vt_vernietiging_bezig() THEN RETURN OLD; END IF;
  IF TG_OP = 'INSERT' THEN regel := NEW."regelId"; ELSE regel := OLD."regelId"; END IF;
  IF EXISTS (SELECT 1 FROM "journaal_regel" WHERE id = regel AND "vastgelegdOp" IS NOT NULL) THEN
    RAISE EXCEPTION 'journaalregel % is vastgelegd: de betrokkenen liggen vast', regel USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION vt_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND vt_vernietiging_bezig() THEN RETURN OLD; END IF;
  RAISE EXCEPTION '% is alleen aan te vullen: wijzigen of verwijderen kan niet', TG_TABLE_NAME USING ERRCODE = 'P0001';
END $$;

CREATE OR REPLACE FUNCTION vt_document_vast() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF vt_vernietiging_bezig() THEN RETURN OLD; END IF;
    RAISE EXCEPTION 'een document wordt niet verwijderd, alleen ingetrokken' USING ERRCODE = 'P0001';
  END IF;
  IF NEW."sha256" IS DISTINCT FROM OLD."sha256"
     OR NEW."grootte" IS DISTINCT FROM OLD."grootte" OR NEW."mediaType" IS DISTINCT FROM OLD."mediaType"
     OR NEW."casusId" IS DISTINCT FROM OLD."casusId" OR NEW."toegevoegdDoorId" IS DISTINCT FROM OLD."toegevoegdDoorId"
     OR NEW."toegevoegdOp" IS DISTINCT FROM OLD."toegevoegdOp" OR OLD."ingetrokkenOp" IS NOT NULL THEN
    RAISE EXCEPTION 'document %: de inhoud ligt vast', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;

-- The daily bewaartermijn job's queue (lib/jobs/queues.ts), made by the owner: a queue is a partition of pgboss.job.
SELECT pgboss.create_queue('bewaartermijn', '{"policy":"standard","retryLimit":3,"retryDelay":300}'::json);
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO vt_app;
