-- The Team overview at national scale (issue 13, decision 014): the counts "wacht op een casemanager" and "Af te
-- sluiten" read the open casussen without a casemanager and the final beoordelingen from two small covering indexes
-- instead of the casus heap and every melding (measured: 140 → 35 ms and 62 → 20 ms). Partial indexes Prisma's
-- schema can not express; a later `migrate dev` diff that drops them must be stripped.

-- Open casussen without a casemanager, with what the access scope checks (index-only).
CREATE INDEX "casus_zonder_cm_idx" ON "casus"("id") INCLUDE ("afgeschermd", "vernietigdOp")
  WHERE "einddatum" IS NULL AND "casemanagerId" IS NULL;
-- Final beoordelingen by inhoud and casus, with their melding (to check it was not withdrawn).
CREATE INDEX "beoordeling_definitief_casus_idx" ON "veiligheidsbeoordeling"("inhoud", "casusId") INCLUDE ("meldingId")
  WHERE "vastgesteldOp" IS NOT NULL;
