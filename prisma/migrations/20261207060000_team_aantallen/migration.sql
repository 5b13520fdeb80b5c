-- The Team overview's counts as one statement (lib/team/aantallen-sql.ts, issue 13, decision 014): each count reads
-- small sets once instead of probing per casus. Partial indexes Prisma's schema can not express; a later
-- `migrate dev` diff that drops them must be stripped. Measured at national scale (35 000 open casussen): the
-- overview's database time per visit 124 → 51 ms (BENCHMARKS.md "Thirteenth session").

-- The open casussen with what the access scope and the casemanager groups read (index-only).
CREATE INDEX "casus_open_idx" ON "casus"("id") INCLUDE ("afgeschermd", "vernietigdOp", "casemanagerId")
  WHERE "einddatum" IS NULL;
-- The withdrawn meldingen (few): "its melding was not withdrawn" becomes one small hashed set.
CREATE INDEX "melding_ingetrokken_idx" ON "melding"("id") WHERE "ingetrokkenOp" IS NOT NULL;
-- The casussen with a final "Geen vervolgstappen" or "Inzet regionaal maatwerk" in casus order (Af te sluiten).
CREATE INDEX "beoordeling_afsluiten_casus_idx" ON "veiligheidsbeoordeling"("casusId")
  WHERE "vastgesteldOp" IS NOT NULL AND "inhoud" IN ('03', '04');
