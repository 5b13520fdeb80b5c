-- AlterTable
ALTER TABLE "melding" ADD COLUMN     "ingetrokkenDoorId" INTEGER,
ADD COLUMN     "ingetrokkenOp" TIMESTAMPTZ(3),
ADD COLUMN     "intrekReden" VARCHAR(2000);

-- CreateTable
CREATE TABLE "journaal_regel" (
    "id" SERIAL NOT NULL,
    "casusId" INTEGER NOT NULL,
    "meldingId" INTEGER,
    "dienstId" INTEGER,
    "datumTijd" TIMESTAMPTZ(3) NOT NULL,
    "soort" VARCHAR(32) NOT NULL,
    "metWie" VARCHAR(200),
    "verslag" VARCHAR(20000) NOT NULL,
    "belangrijk" BOOLEAN NOT NULL DEFAULT false,
    "auteurId" INTEGER NOT NULL,
    "vastgelegdOp" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "journaal_regel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "journaal_betrokkene" (
    "regelId" INTEGER NOT NULL,
    "casusId" INTEGER NOT NULL,
    "betrokkeneId" INTEGER NOT NULL,

    CONSTRAINT "journaal_betrokkene_pkey" PRIMARY KEY ("regelId","betrokkeneId")
);

-- CreateTable
CREATE TABLE "journaal_aanvulling" (
    "id" SERIAL NOT NULL,
    "regelId" INTEGER NOT NULL,
    "auteurId" INTEGER NOT NULL,
    "tekst" VARCHAR(20000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "journaal_aanvulling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document" (
    "id" UUID NOT NULL,
    "casusId" INTEGER NOT NULL,
    "meldingId" INTEGER,
    "dienstId" INTEGER,
    "betrokkeneId" INTEGER,
    "titel" VARCHAR(200) NOT NULL,
    "soort" VARCHAR(32) NOT NULL,
    "datum" DATE NOT NULL,
    "bestandsnaam" VARCHAR(120) NOT NULL,
    "mediaType" VARCHAR(100) NOT NULL,
    "grootte" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "toegevoegdDoorId" INTEGER NOT NULL,
    "toegevoegdOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ingetrokkenOp" TIMESTAMPTZ(3),
    "ingetrokkenDoorId" INTEGER,
    "intrekReden" VARCHAR(2000),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_deel" (
    "documentId" UUID NOT NULL,
    "volgnummer" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "document_deel_pkey" PRIMARY KEY ("documentId","volgnummer")
);

-- CreateTable
CREATE TABLE "correctie" (
    "id" SERIAL NOT NULL,
    "casusId" INTEGER,
    "entityType" VARCHAR(40) NOT NULL,
    "entityId" INTEGER NOT NULL,
    "reden" VARCHAR(2000) NOT NULL,
    "wijzigingen" JSONB NOT NULL,
    "doorId" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "correctie_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "journaal_regel_casusId_datumTijd_idx" ON "journaal_regel"("casusId", "datumTijd");

-- CreateIndex
CREATE INDEX "journaal_regel_auteurId_vastgelegdOp_idx" ON "journaal_regel"("auteurId", "vastgelegdOp");

-- CreateIndex
CREATE UNIQUE INDEX "journaal_regel_id_casusId_key" ON "journaal_regel"("id", "casusId");

-- CreateIndex
CREATE INDEX "journaal_betrokkene_betrokkeneId_idx" ON "journaal_betrokkene"("betrokkeneId");

-- CreateIndex
CREATE INDEX "journaal_aanvulling_regelId_idx" ON "journaal_aanvulling"("regelId");

-- CreateIndex
CREATE INDEX "document_casusId_datum_idx" ON "document"("casusId", "datum");

-- CreateIndex
CREATE INDEX "correctie_entityType_entityId_idx" ON "correctie"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "correctie_casusId_at_idx" ON "correctie"("casusId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "dienst_id_casusId_key" ON "dienst"("id", "casusId");

-- AddForeignKey
ALTER TABLE "melding" ADD CONSTRAINT "melding_ingetrokkenDoorId_fkey" FOREIGN KEY ("ingetrokkenDoorId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journaal_regel" ADD CONSTRAINT "journaal_regel_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journaal_regel" ADD CONSTRAINT "journaal_regel_meldingId_casusId_fkey" FOREIGN KEY ("meldingId", "casusId") REFERENCES "melding"("id", "casusId") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "journaal_regel" ADD CONSTRAINT "journaal_regel_dienstId_casusId_fkey" FOREIGN KEY ("dienstId", "casusId") REFERENCES "dienst"("id", "casusId") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "journaal_regel" ADD CONSTRAINT "journaal_regel_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journaal_betrokkene" ADD CONSTRAINT "journaal_betrokkene_regelId_casusId_fkey" FOREIGN KEY ("regelId", "casusId") REFERENCES "journaal_regel"("id", "casusId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journaal_betrokkene" ADD CONSTRAINT "journaal_betrokkene_betrokkeneId_casusId_fkey" FOREIGN KEY ("betrokkeneId", "casusId") REFERENCES "betrokkene"("id", "casusId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journaal_aanvulling" ADD CONSTRAINT "journaal_aanvulling_regelId_fkey" FOREIGN KEY ("regelId") REFERENCES "journaal_regel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "journaal_aanvulling" ADD CONSTRAINT "journaal_aanvulling_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_meldingId_casusId_fkey" FOREIGN KEY ("meldingId", "casusId") REFERENCES "melding"("id", "casusId") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_dienstId_casusId_fkey" FOREIGN KEY ("dienstId", "casusId") REFERENCES "dienst"("id", "casusId") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_betrokkeneId_casusId_fkey" FOREIGN KEY ("betrokkeneId", "casusId") REFERENCES "betrokkene"("id", "casusId") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_toegevoegdDoorId_fkey" FOREIGN KEY ("toegevoegdDoorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_ingetrokkenDoorId_fkey" FOREIGN KEY ("ingetrokkenDoorId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_deel" ADD CONSTRAINT "document_deel_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "correctie" ADD CONSTRAINT "correctie_doorId_fkey" FOREIGN KEY ("doorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The code lists of the dossier (lib/journaal/soorten.ts, lib/document/soorten.ts; a unit test keeps them equal).
ALTER TABLE "journaal_regel" ADD CONSTRAINT "journaal_regel_soort_check" CHECK ("soort" IN
  ('telefoongesprek', 'huisbezoek', 'gesprek_kantoor', 'overleg_professional', 'mdo', 'consultatie_gw', 'email_brief', 'anders'));
ALTER TABLE "document" ADD CONSTRAINT "document_soort_check" CHECK ("soort" IN
  ('zorgmelding_politie', 'rapport', 'verslag_onderzoek', 'brief', 'foto', 'anders'));
ALTER TABLE "document" ADD CONSTRAINT "document_grootte_check" CHECK ("grootte" > 0 AND "grootte" <= 20971520);
ALTER TABLE "document_deel" ADD CONSTRAINT "document_deel_check" CHECK ("volgnummer" >= 0 AND octet_length("bytes") BETWEEN 1 AND 1048576);
ALTER TABLE "correctie" ADD CONSTRAINT "correctie_reden_check" CHECK (length(btrim("reden")) > 0);
ALTER TABLE "melding" ADD CONSTRAINT "melding_ingetrokken_check" CHECK (("ingetrokkenOp" IS NULL) = ("intrekReden" IS NULL));

-- A vastgelegde journaalregel is never changed or removed, whoever connects (docs/decisions/013). Vastleggen itself
-- is the last change of a concept. Its betrokkenen are fixed with it; aanvullingen and correcties are append-only.
CREATE FUNCTION vt_journaal_regel_vast() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."vastgelegdOp" IS NOT NULL THEN
    RAISE EXCEPTION 'journaalregel % is vastgelegd: wijzigen of verwijderen kan niet', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER journaal_regel_vast BEFORE UPDATE OR DELETE ON "journaal_regel"
  FOR EACH ROW EXECUTE FUNCTION vt_journaal_regel_vast();

CREATE FUNCTION vt_journaal_betrokkene_vast() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE regel INTEGER;
BEGIN
  IF TG_OP = 'INSERT' THEN regel := NEW."regelId"; ELSE regel := OLD."regelId"; END IF;
  IF EXISTS (SELECT 1 FROM "journaal_regel" WHERE id = regel AND "vastgelegdOp" IS NOT NULL) THEN
    RAISE EXCEPTION 'journaalregel % is vastgelegd: de betrokkenen liggen vast', regel USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER journaal_betrokkene_vast BEFORE INSERT OR UPDATE OR DELETE ON "journaal_betrokkene"
  FOR EACH ROW EXECUTE FUNCTION vt_journaal_betrokkene_vast();

CREATE FUNCTION vt_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is alleen aan te vullen: wijzigen of verwijderen kan niet', TG_TABLE_NAME USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER journaal_aanvulling_alleen_toevoegen BEFORE UPDATE OR DELETE ON "journaal_aanvulling"
  FOR EACH ROW EXECUTE FUNCTION vt_alleen_toevoegen();
CREATE TRIGGER journaal_aanvulling_geen_truncate BEFORE TRUNCATE ON "journaal_aanvulling"
  FOR EACH STATEMENT EXECUTE FUNCTION vt_alleen_toevoegen();
CREATE TRIGGER journaal_regel_geen_truncate BEFORE TRUNCATE ON "journaal_regel"
  FOR EACH STATEMENT EXECUTE FUNCTION vt_alleen_toevoegen();
CREATE TRIGGER correctie_alleen_toevoegen BEFORE UPDATE OR DELETE ON "correctie"
  FOR EACH ROW EXECUTE FUNCTION vt_alleen_toevoegen();
CREATE TRIGGER correctie_geen_truncate BEFORE TRUNCATE ON "correctie"
  FOR EACH STATEMENT EXECUTE FUNCTION vt_alleen_toevoegen();

CREATE FUNCTION vt_journaal_aanvulling_na_vastleggen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "journaal_regel" WHERE id = NEW."regelId" AND "vastgelegdOp" IS NOT NULL) THEN
    RAISE EXCEPTION 'een aanvulling kan alleen onder een vastgelegde journaalregel' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER journaal_aanvulling_na_vastleggen BEFORE INSERT ON "journaal_aanvulling"
  FOR EACH ROW EXECUTE FUNCTION vt_journaal_aanvulling_na_vastleggen();

-- A document's bytes (its parts) and what they are never change; only withdrawing (once) does. It is never deleted by the app.
CREATE FUNCTION vt_document_vast() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
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
CREATE TRIGGER document_vast BEFORE UPDATE OR DELETE ON "document"
  FOR EACH ROW EXECUTE FUNCTION vt_document_vast();
CREATE TRIGGER document_deel_alleen_toevoegen BEFORE UPDATE OR DELETE ON "document_deel"
  FOR EACH ROW EXECUTE FUNCTION vt_alleen_toevoegen();
CREATE TRIGGER document_deel_geen_truncate BEFORE TRUNCATE ON "document_deel"
  FOR EACH STATEMENT EXECUTE FUNCTION vt_alleen_toevoegen();

REVOKE UPDATE, DELETE, TRUNCATE ON "journaal_aanvulling", "correctie" FROM vt_app;
REVOKE DELETE, TRUNCATE ON "document" FROM vt_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "document_deel" FROM vt_app;
