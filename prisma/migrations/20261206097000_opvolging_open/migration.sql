-- The voordeur's follow-up list on an index (docs/decisions/022): melding."opvolgingOpen" is true while the
-- terugkoppeling aan de melder is not recorded or a betrokkene is not yet informed (nor recorded as not to be
-- informed). It is a superset of the Werkvoorraad's follow-up condition and of the triage scope's, which still
-- apply on top; kept by the triggers below.

ALTER TABLE "melding" ADD COLUMN "opvolgingOpen" BOOLEAN NOT NULL DEFAULT true;
CREATE INDEX "melding_opvolgingOpen_datumMelding_idx" ON "melding"("opvolgingOpen", "datumMelding");

CREATE OR REPLACE FUNCTION vt_melding_opvolging_open_rij() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."opvolgingOpen" := (NEW."terugkoppelingOp" IS NULL AND NEW."terugkoppelingNietMogelijk" IS NULL)
    OR NEW."terugkoppelingVastgelegdOp" IS NULL
    OR EXISTS (SELECT 1 FROM melding_betrokkene mb WHERE mb."meldingId" = NEW.id
                 AND mb."geinformeerdOp" IS NULL AND mb."nietGeinformeerd" IS NULL);
  RETURN NEW;
END $$;
CREATE TRIGGER melding_opvolging_open BEFORE INSERT OR UPDATE OF "terugkoppelingOp", "terugkoppelingNietMogelijk",
  "terugkoppelingVastgelegdOp" ON melding FOR EACH ROW EXECUTE FUNCTION vt_melding_opvolging_open_rij();

CREATE OR REPLACE FUNCTION vt_melding_opvolging_herbereken(ids int[]) RETURNS void LANGUAGE sql AS $$
  UPDATE melding m SET "opvolgingOpen" = nu.open
  FROM (SELECT m2.id, (m2."terugkoppelingOp" IS NULL AND m2."terugkoppelingNietMogelijk" IS NULL)
          OR m2."terugkoppelingVastgelegdOp" IS NULL
          OR EXISTS (SELECT 1 FROM melding_betrokkene mb WHERE mb."meldingId" = m2.id
                       AND mb."geinformeerdOp" IS NULL AND mb."nietGeinformeerd" IS NULL) AS open
        FROM melding m2 WHERE m2.id = ANY(ids)) nu
  WHERE m.id = nu.id AND m."opvolgingOpen" <> nu.open;
$$;

CREATE OR REPLACE FUNCTION vt_melding_betrokkene_opvolging() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM vt_melding_opvolging_herbereken(ARRAY(SELECT DISTINCT "meldingId" FROM oud));
  ELSE
    PERFORM vt_melding_opvolging_herbereken(ARRAY(SELECT DISTINCT "meldingId" FROM nieuw));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER melding_betrokkene_opvolging_insert AFTER INSERT ON melding_betrokkene
  REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION vt_melding_betrokkene_opvolging();
CREATE TRIGGER melding_betrokkene_opvolging_update AFTER UPDATE ON melding_betrokkene
  REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION vt_melding_betrokkene_opvolging();
CREATE TRIGGER melding_betrokkene_opvolging_delete AFTER DELETE ON melding_betrokkene
  REFERENCING OLD TABLE AS oud FOR EACH STATEMENT EXECUTE FUNCTION vt_melding_betrokkene_opvolging();

-- Existing meldingen.
UPDATE melding m SET "opvolgingOpen" = false
WHERE m."terugkoppelingVastgelegdOp" IS NOT NULL
  AND (m."terugkoppelingOp" IS NOT NULL OR m."terugkoppelingNietMogelijk" IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM melding_betrokkene mb WHERE mb."meldingId" = m.id
                    AND mb."geinformeerdOp" IS NULL AND mb."nietGeinformeerd" IS NULL);
