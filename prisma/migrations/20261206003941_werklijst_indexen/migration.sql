-- The open meldingen of the work lists on an index: melding."beoordelingOpen" is true while the melding has no final
-- (vastgestelde) veiligheidsbeoordeling, kept by the triggers below (docs/decisions/014).
-- (Prisma's diff drops and re-creates the text_pattern_ops indexes of betrokkene here; those lines are removed.)

-- AlterTable
ALTER TABLE "melding" ADD COLUMN     "beoordelingOpen" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "melding_beoordelingOpen_datumMelding_idx" ON "melding"("beoordelingOpen", "datumMelding");

-- CreateIndex
CREATE INDEX "dienst_beoordelingId_idx" ON "dienst"("beoordelingId");

-- CreateIndex
CREATE INDEX "dienst_status_idx" ON "dienst"("status");

-- CreateIndex
CREATE INDEX "veiligheidsbeoordeling_vastgesteldOp_idx" ON "veiligheidsbeoordeling"("vastgesteldOp");

CREATE OR REPLACE FUNCTION vt_melding_beoordeling_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE melding m SET "beoordelingOpen" = true FROM oud WHERE m.id = oud."meldingId" AND NOT m."beoordelingOpen";
  ELSE
    UPDATE melding m SET "beoordelingOpen" = (nieuw."vastgesteldOp" IS NULL) FROM nieuw
      WHERE m.id = nieuw."meldingId" AND m."beoordelingOpen" <> (nieuw."vastgesteldOp" IS NULL);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER beoordeling_open_insert AFTER INSERT ON veiligheidsbeoordeling
  REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION vt_melding_beoordeling_open();
CREATE TRIGGER beoordeling_open_update AFTER UPDATE ON veiligheidsbeoordeling
  REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION vt_melding_beoordeling_open();
CREATE TRIGGER beoordeling_open_delete AFTER DELETE ON veiligheidsbeoordeling
  REFERENCING OLD TABLE AS oud FOR EACH STATEMENT EXECUTE FUNCTION vt_melding_beoordeling_open();

UPDATE melding m SET "beoordelingOpen" = false
  WHERE EXISTS (SELECT 1 FROM veiligheidsbeoordeling b WHERE b."meldingId" = m.id AND b."vastgesteldOp" IS NOT NULL);
