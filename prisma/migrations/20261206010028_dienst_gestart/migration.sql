-- "Wacht op een dienst" on an index: veiligheidsbeoordeling."dienstGestart" is true once a dienst was started from the
-- beoordeling, kept by the triggers below (docs/decisions/014).
-- (Prisma's diff drops and re-creates the text_pattern_ops indexes of betrokkene here; those lines are removed.)

-- AlterTable
ALTER TABLE "veiligheidsbeoordeling" ADD COLUMN     "dienstGestart" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "veiligheidsbeoordeling_inhoud_dienstGestart_casusId_idx" ON "veiligheidsbeoordeling"("inhoud", "dienstGestart", "casusId");

CREATE OR REPLACE FUNCTION vt_beoordeling_dienst_gestart() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE veiligheidsbeoordeling b SET "dienstGestart" = false FROM oud
      WHERE b.id = oud."beoordelingId" AND NOT EXISTS (SELECT 1 FROM dienst d WHERE d."beoordelingId" = b.id);
  ELSE
    UPDATE veiligheidsbeoordeling b SET "dienstGestart" = true FROM nieuw
      WHERE b.id = nieuw."beoordelingId" AND NOT b."dienstGestart";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER dienst_gestart_insert AFTER INSERT ON dienst
  REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION vt_beoordeling_dienst_gestart();
CREATE TRIGGER dienst_gestart_delete AFTER DELETE ON dienst
  REFERENCING OLD TABLE AS oud FOR EACH STATEMENT EXECUTE FUNCTION vt_beoordeling_dienst_gestart();

UPDATE veiligheidsbeoordeling b SET "dienstGestart" = true WHERE EXISTS (SELECT 1 FROM dienst d WHERE d."beoordelingId" = b.id);

-- inhoud and dienstGestart go together (most "01" beoordelingen have a dienst): without these statistics the planner
-- expects thousands of rows waiting for a dienst and scans the table instead of using the index.
CREATE STATISTICS veiligheidsbeoordeling_wacht_op_dienst (mcv) ON inhoud, "dienstGestart" FROM veiligheidsbeoordeling;
