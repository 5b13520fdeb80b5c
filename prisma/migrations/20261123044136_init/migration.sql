-- Sequences and functions used by defaults and CHECK constraints (hand-written, see lib/db/constraints-sql.ts)
CREATE SEQUENCE advies_nummer_seq;
CREATE SEQUENCE casus_nummer_seq;
CREATE SEQUENCE melding_nummer_seq;
CREATE SEQUENCE beoordeling_nummer_seq;
CREATE SEQUENCE dienst_nummer_seq;
CREATE SEQUENCE overdracht_nummer_seq;
CREATE SEQUENCE monitoring_nummer_seq;

-- Human-readable number, e.g. C2026-000123: never reused (a sequence never hands out a value twice).
CREATE FUNCTION vt_nummer(prefix text, seq regclass) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE n bigint := nextval(seq);
BEGIN
  RETURN prefix || to_char(now(), 'YYYY') || '-' || lpad(n::text, greatest(6, length(n::text)), '0');
END $$;

-- BSN: 9 digits and the elfproef; 999999999 (ongeboren) is allowed, 000000000 (onbekend) is stored as NULL.
CREATE FUNCTION vt_bsn_valid(b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT b = '999999999' OR (b ~ '^[0-9]{9}$' AND b <> '000000000' AND
    (SELECT sum(substr(b, i, 1)::int * (CASE WHEN i = 9 THEN -1 ELSE 10 - i END)) FROM generate_series(1, 9) AS i) % 11 = 0)
$$;

-- Date of birth JJJJMMDD, partly known JJJJMM00 / JJJJ0000, or 99999999 (ongeboren); onbekend is NULL.
CREATE FUNCTION vt_geboortedatum_valid(g text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF g = '99999999' THEN RETURN true; END IF;
  IF g !~ '^[0-9]{8}$' OR substr(g, 1, 4) = '0000' THEN RETURN false; END IF;
  IF substr(g, 5, 4) = '0000' THEN RETURN true; END IF;
  IF substr(g, 5, 2)::int NOT BETWEEN 1 AND 12 THEN RETURN false; END IF;
  IF substr(g, 7, 2) = '00' THEN RETURN true; END IF;
  PERFORM make_date(substr(g, 1, 4)::int, substr(g, 5, 2)::int, substr(g, 7, 2)::int);
  RETURN true;
EXCEPTION WHEN others THEN RETURN false;
END $$;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('TRIAGE', 'CASEMANAGER', 'GEDRAGSWETENSCHAPPER', 'TEAMLEIDER', 'BEHEERDER');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'READ', 'UPDATE', 'DELETE', 'EXPORT', 'LOGIN', 'LOGOUT');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'FAILURE', 'DENIED');

-- CreateEnum
CREATE TYPE "BetrokkeneRol" AS ENUM ('PLEGER', 'SLACHTOFFER', 'KIND', 'ANDERS');

-- CreateEnum
CREATE TYPE "DienstStatus" AS ENUM ('LOPEND', 'AFSLUITING_VOORGESTELD', 'AFGESLOTEN');

-- CreateEnum
CREATE TYPE "LeveringStatus" AS ENUM ('CONCEPT', 'DEFINITIEF');

-- CreateTable
CREATE TABLE "organisatie" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "naam" TEXT NOT NULL,
    "vtRegioCode" VARCHAR(4) NOT NULL,
    "kvkNummer" VARCHAR(8) NOT NULL,
    "monitoringIntervalDagen" INTEGER NOT NULL DEFAULT 42,

    CONSTRAINT "organisatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gemeente" (
    "jaar" INTEGER NOT NULL,
    "code" CHAR(4) NOT NULL,
    "naam" TEXT NOT NULL,
    "vtRegioCode" VARCHAR(4) NOT NULL,
    "vtRegioNaam" TEXT NOT NULL,

    CONSTRAINT "gemeente_pkey" PRIMARY KEY ("jaar","code")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "displayName" VARCHAR(120) NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" UUID NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "endReason" VARCHAR(32),
    "clientAddress" VARCHAR(64),

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_failure" (
    "id" BIGSERIAL NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "clientAddress" VARCHAR(64) NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_failure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
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

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "advies" (
    "id" SERIAL NOT NULL,
    "nummer" VARCHAR(20) NOT NULL DEFAULT vt_nummer('A'::text, 'advies_nummer_seq'::regclass),
    "startdatum" DATE NOT NULL,
    "einddatum" DATE,
    "gemeentecode" CHAR(4),
    "aard" TEXT[],
    "aanvullendeInformatie" TEXT[],
    "duur" CHAR(2) NOT NULL DEFAULT '99',
    "functieRol" CHAR(2) NOT NULL,
    "organisatie" CHAR(2) NOT NULL,
    "adviesvraag" VARCHAR(4000),
    "behandelaarId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "advies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "advies_contact" (
    "id" SERIAL NOT NULL,
    "adviesId" INTEGER NOT NULL,
    "datum" DATE NOT NULL,
    "notitie" VARCHAR(4000) NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "advies_contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "casus" (
    "id" SERIAL NOT NULL,
    "nummer" VARCHAR(20) NOT NULL DEFAULT vt_nummer('C'::text, 'casus_nummer_seq'::regclass),
    "begindatum" DATE NOT NULL,
    "einddatum" DATE,
    "gemeentecode" CHAR(4),
    "hermelding" BOOLEAN NOT NULL DEFAULT false,
    "casemanagerId" INTEGER,
    "laatstePersoonsvolgnummer" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "casus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "betrokkene" (
    "id" SERIAL NOT NULL,
    "casusId" INTEGER NOT NULL,
    "persoonsvolgnummer" INTEGER NOT NULL,
    "bsn" CHAR(9),
    "geboortedatum" CHAR(8),
    "geslacht" CHAR(1) NOT NULL DEFAULT '9',
    "rol" "BetrokkeneRol" NOT NULL,
    "achternaam" VARCHAR(200),
    "tussenvoegsel" VARCHAR(20),
    "voornamen" VARCHAR(200),
    "straat" VARCHAR(200),
    "huisnummer" VARCHAR(12),
    "postcode" VARCHAR(7),
    "woonplaats" VARCHAR(100),
    "telefoon" VARCHAR(30),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "betrokkene_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "melding" (
    "id" SERIAL NOT NULL,
    "nummer" VARCHAR(20) NOT NULL DEFAULT vt_nummer('M'::text, 'melding_nummer_seq'::regclass),
    "casusId" INTEGER NOT NULL,
    "datumMelding" DATE NOT NULL,
    "functieRol" CHAR(2) NOT NULL,
    "organisatie" CHAR(2) NOT NULL,
    "anoniem" BOOLEAN NOT NULL DEFAULT false,
    "melderNaam" VARCHAR(200),
    "melderContact" VARCHAR(200),
    "melderOrganisatieNaam" VARCHAR(200),
    "aard" TEXT[],
    "aanvullendeInformatie" TEXT[],
    "duur" CHAR(2) NOT NULL DEFAULT '99',
    "toelichting" VARCHAR(8000),
    "adviesId" INTEGER,
    "behandelaarId" INTEGER,
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "melding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "melding_betrokkene" (
    "meldingId" INTEGER NOT NULL,
    "casusId" INTEGER NOT NULL,
    "betrokkeneId" INTEGER NOT NULL,

    CONSTRAINT "melding_betrokkene_pkey" PRIMARY KEY ("meldingId","betrokkeneId")
);

-- CreateTable
CREATE TABLE "veiligheidsbeoordeling" (
    "id" SERIAL NOT NULL,
    "nummer" VARCHAR(20) NOT NULL DEFAULT vt_nummer('B'::text, 'beoordeling_nummer_seq'::regclass),
    "meldingId" INTEGER NOT NULL,
    "casusId" INTEGER NOT NULL,
    "datum" DATE NOT NULL,
    "inhoud" CHAR(2) NOT NULL,
    "taxatie" CHAR(2) NOT NULL,
    "toelichting" VARCHAR(8000),
    "besluitMetId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "vastgesteldDoorId" INTEGER,
    "vastgesteldOp" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "veiligheidsbeoordeling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dienst" (
    "id" SERIAL NOT NULL,
    "nummer" VARCHAR(20) NOT NULL DEFAULT vt_nummer('D'::text, 'dienst_nummer_seq'::regclass),
    "casusId" INTEGER NOT NULL,
    "beoordelingId" INTEGER NOT NULL,
    "soort" CHAR(1) NOT NULL,
    "status" "DienstStatus" NOT NULL DEFAULT 'LOPEND',
    "startdatum" DATE NOT NULL,
    "einddatum" DATE,
    "aardConclusie" TEXT[],
    "aanvullendeInformatie" TEXT[],
    "duur" CHAR(2) NOT NULL DEFAULT '99',
    "uitkomstOnderzoek" CHAR(5) NOT NULL DEFAULT '00000',
    "redenVoortijdig" CHAR(2) NOT NULL DEFAULT '00',
    "toelichting" VARCHAR(8000),
    "uitvoerderId" INTEGER,
    "afsluitingVoorgesteldDoorId" INTEGER,
    "afsluitingBevestigdDoorId" INTEGER,
    "afsluitingBevestigdOp" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dienst_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "overdracht" (
    "id" SERIAL NOT NULL,
    "nummer" VARCHAR(20) NOT NULL DEFAULT vt_nummer('O'::text, 'overdracht_nummer_seq'::regclass),
    "casusId" INTEGER NOT NULL,
    "moment" INTEGER NOT NULL,
    "bronMeldingId" INTEGER,
    "bronDienstId" INTEGER,
    "datum" DATE NOT NULL,
    "partij" CHAR(2) NOT NULL,
    "hulp" CHAR(1) NOT NULL DEFAULT '9',
    "toelichting" VARCHAR(8000),
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "overdracht_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "overdracht_betrokkene" (
    "overdrachtId" INTEGER NOT NULL,
    "casusId" INTEGER NOT NULL,
    "betrokkeneId" INTEGER NOT NULL,

    CONSTRAINT "overdracht_betrokkene_pkey" PRIMARY KEY ("overdrachtId","betrokkeneId")
);

-- CreateTable
CREATE TABLE "monitoringsmoment" (
    "id" SERIAL NOT NULL,
    "nummer" VARCHAR(20) NOT NULL DEFAULT vt_nummer('T'::text, 'monitoring_nummer_seq'::regclass),
    "casusId" INTEGER NOT NULL,
    "datum" DATE NOT NULL,
    "veiligheidsscore" INTEGER NOT NULL,
    "notitie" VARCHAR(2000),
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "monitoringsmoment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "levering" (
    "id" SERIAL NOT NULL,
    "jaar" INTEGER NOT NULL,
    "halfjaar" INTEGER NOT NULL,
    "soort" CHAR(1) NOT NULL,
    "volgnummer" INTEGER NOT NULL,
    "status" "LeveringStatus" NOT NULL DEFAULT 'CONCEPT',
    "bestandsnaam" VARCHAR(40) NOT NULL,
    "sha256" CHAR(64),
    "aantallen" JSONB,
    "kerncijfers" JSONB,
    "aantalFouten" INTEGER NOT NULL DEFAULT 0,
    "aantalWaarschuwingen" INTEGER NOT NULL DEFAULT 0,
    "aangemaaktDoorId" INTEGER,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "definitiefDoorId" INTEGER,
    "definitiefOp" TIMESTAMPTZ(3),

    CONSTRAINT "levering_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "login_failure_username_at_idx" ON "login_failure"("username", "at");

-- CreateIndex
CREATE INDEX "login_failure_clientAddress_at_idx" ON "login_failure"("clientAddress", "at");

-- CreateIndex
CREATE INDEX "audit_event_casusId_idx" ON "audit_event"("casusId");

-- CreateIndex
CREATE INDEX "audit_event_userId_at_idx" ON "audit_event"("userId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "advies_nummer_key" ON "advies"("nummer");

-- CreateIndex
CREATE INDEX "advies_startdatum_idx" ON "advies"("startdatum");

-- CreateIndex
CREATE INDEX "advies_behandelaarId_einddatum_idx" ON "advies"("behandelaarId", "einddatum");

-- CreateIndex
CREATE INDEX "advies_contact_adviesId_idx" ON "advies_contact"("adviesId");

-- CreateIndex
CREATE UNIQUE INDEX "casus_nummer_key" ON "casus"("nummer");

-- CreateIndex
CREATE INDEX "casus_begindatum_idx" ON "casus"("begindatum");

-- CreateIndex
CREATE INDEX "casus_einddatum_idx" ON "casus"("einddatum");

-- CreateIndex
CREATE INDEX "casus_casemanagerId_idx" ON "casus"("casemanagerId");

-- CreateIndex
CREATE INDEX "betrokkene_bsn_idx" ON "betrokkene"("bsn");

-- CreateIndex
CREATE INDEX "betrokkene_achternaam_geboortedatum_idx" ON "betrokkene"("achternaam", "geboortedatum");

-- CreateIndex
CREATE UNIQUE INDEX "betrokkene_casusId_persoonsvolgnummer_key" ON "betrokkene"("casusId", "persoonsvolgnummer");

-- CreateIndex
CREATE UNIQUE INDEX "betrokkene_id_casusId_key" ON "betrokkene"("id", "casusId");

-- CreateIndex
CREATE UNIQUE INDEX "melding_nummer_key" ON "melding"("nummer");

-- CreateIndex
CREATE UNIQUE INDEX "melding_adviesId_key" ON "melding"("adviesId");

-- CreateIndex
CREATE INDEX "melding_casusId_datumMelding_idx" ON "melding"("casusId", "datumMelding");

-- CreateIndex
CREATE INDEX "melding_datumMelding_idx" ON "melding"("datumMelding");

-- CreateIndex
CREATE UNIQUE INDEX "melding_id_casusId_key" ON "melding"("id", "casusId");

-- CreateIndex
CREATE INDEX "melding_betrokkene_betrokkeneId_idx" ON "melding_betrokkene"("betrokkeneId");

-- CreateIndex
CREATE UNIQUE INDEX "veiligheidsbeoordeling_nummer_key" ON "veiligheidsbeoordeling"("nummer");

-- CreateIndex
CREATE UNIQUE INDEX "veiligheidsbeoordeling_meldingId_key" ON "veiligheidsbeoordeling"("meldingId");

-- CreateIndex
CREATE INDEX "veiligheidsbeoordeling_casusId_idx" ON "veiligheidsbeoordeling"("casusId");

-- CreateIndex
CREATE UNIQUE INDEX "veiligheidsbeoordeling_meldingId_casusId_key" ON "veiligheidsbeoordeling"("meldingId", "casusId");

-- CreateIndex
CREATE UNIQUE INDEX "dienst_nummer_key" ON "dienst"("nummer");

-- CreateIndex
CREATE INDEX "dienst_casusId_startdatum_idx" ON "dienst"("casusId", "startdatum");

-- CreateIndex
CREATE INDEX "dienst_startdatum_idx" ON "dienst"("startdatum");

-- CreateIndex
CREATE UNIQUE INDEX "overdracht_nummer_key" ON "overdracht"("nummer");

-- CreateIndex
CREATE INDEX "overdracht_casusId_datum_idx" ON "overdracht"("casusId", "datum");

-- CreateIndex
CREATE INDEX "overdracht_datum_idx" ON "overdracht"("datum");

-- CreateIndex
CREATE UNIQUE INDEX "overdracht_id_casusId_key" ON "overdracht"("id", "casusId");

-- CreateIndex
CREATE INDEX "overdracht_betrokkene_betrokkeneId_idx" ON "overdracht_betrokkene"("betrokkeneId");

-- CreateIndex
CREATE UNIQUE INDEX "monitoringsmoment_nummer_key" ON "monitoringsmoment"("nummer");

-- CreateIndex
CREATE INDEX "monitoringsmoment_casusId_datum_idx" ON "monitoringsmoment"("casusId", "datum");

-- CreateIndex
CREATE INDEX "monitoringsmoment_datum_idx" ON "monitoringsmoment"("datum");

-- CreateIndex
CREATE UNIQUE INDEX "levering_jaar_halfjaar_volgnummer_key" ON "levering"("jaar", "halfjaar", "volgnummer");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advies" ADD CONSTRAINT "advies_behandelaarId_fkey" FOREIGN KEY ("behandelaarId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advies_contact" ADD CONSTRAINT "advies_contact_adviesId_fkey" FOREIGN KEY ("adviesId") REFERENCES "advies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "casus" ADD CONSTRAINT "casus_casemanagerId_fkey" FOREIGN KEY ("casemanagerId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "betrokkene" ADD CONSTRAINT "betrokkene_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "melding" ADD CONSTRAINT "melding_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "melding" ADD CONSTRAINT "melding_adviesId_fkey" FOREIGN KEY ("adviesId") REFERENCES "advies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "melding" ADD CONSTRAINT "melding_behandelaarId_fkey" FOREIGN KEY ("behandelaarId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "melding_betrokkene" ADD CONSTRAINT "melding_betrokkene_meldingId_casusId_fkey" FOREIGN KEY ("meldingId", "casusId") REFERENCES "melding"("id", "casusId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "melding_betrokkene" ADD CONSTRAINT "melding_betrokkene_betrokkeneId_casusId_fkey" FOREIGN KEY ("betrokkeneId", "casusId") REFERENCES "betrokkene"("id", "casusId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "veiligheidsbeoordeling" ADD CONSTRAINT "veiligheidsbeoordeling_meldingId_casusId_fkey" FOREIGN KEY ("meldingId", "casusId") REFERENCES "melding"("id", "casusId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "veiligheidsbeoordeling" ADD CONSTRAINT "veiligheidsbeoordeling_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "veiligheidsbeoordeling" ADD CONSTRAINT "veiligheidsbeoordeling_besluitMetId_fkey" FOREIGN KEY ("besluitMetId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "veiligheidsbeoordeling" ADD CONSTRAINT "veiligheidsbeoordeling_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "veiligheidsbeoordeling" ADD CONSTRAINT "veiligheidsbeoordeling_vastgesteldDoorId_fkey" FOREIGN KEY ("vastgesteldDoorId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dienst" ADD CONSTRAINT "dienst_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dienst" ADD CONSTRAINT "dienst_beoordelingId_fkey" FOREIGN KEY ("beoordelingId") REFERENCES "veiligheidsbeoordeling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "overdracht" ADD CONSTRAINT "overdracht_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "overdracht" ADD CONSTRAINT "overdracht_bronMeldingId_fkey" FOREIGN KEY ("bronMeldingId") REFERENCES "melding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "overdracht" ADD CONSTRAINT "overdracht_bronDienstId_fkey" FOREIGN KEY ("bronDienstId") REFERENCES "dienst"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "overdracht_betrokkene" ADD CONSTRAINT "overdracht_betrokkene_overdrachtId_casusId_fkey" FOREIGN KEY ("overdrachtId", "casusId") REFERENCES "overdracht"("id", "casusId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "overdracht_betrokkene" ADD CONSTRAINT "overdracht_betrokkene_betrokkeneId_casusId_fkey" FOREIGN KEY ("betrokkeneId", "casusId") REFERENCES "betrokkene"("id", "casusId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoringsmoment" ADD CONSTRAINT "monitoringsmoment_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
