-- Reports at national scale (decision 021): the populations the report counts read from small covering indexes
-- instead of the wide melding and veiligheidsbeoordeling rows. Partial indexes Prisma's schema can not express; a
-- later `migrate dev` diff that drops them must be stripped (like the zoeknaam text_pattern_ops indexes).

-- A casus counts when it has a melding that was not withdrawn (CASUS_GELDIG): the semi-join reads this.
CREATE INDEX "melding_geldig_casus_idx" ON "melding"("casusId") WHERE "ingetrokkenOp" IS NULL;
-- Meldingen ontvangen in a period, with what the breakdowns count (index-only).
CREATE INDEX "melding_ontvangen_idx" ON "melding"("datumMelding")
  INCLUDE ("id", "casusId", "acuut", "functieRol", "organisatie", "aard", "vormenGeweld") WHERE "ingetrokkenOp" IS NULL;
-- A beoordeling's melding (not withdrawn) and its date, for the doorlooptijd melding → beoordeling.
CREATE INDEX "melding_geldig_datum_idx" ON "melding"("id") INCLUDE ("datumMelding") WHERE "ingetrokkenOp" IS NULL;
-- Definitieve veiligheidsbeoordelingen dated in a period.
CREATE INDEX "beoordeling_definitief_idx" ON "veiligheidsbeoordeling"("datum")
  INCLUDE ("meldingId", "casusId", "taxatie", "inhoud") WHERE "vastgesteldOp" IS NOT NULL;
