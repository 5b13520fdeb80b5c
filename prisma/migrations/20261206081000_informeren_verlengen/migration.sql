-- AlterTable
ALTER TABLE "melding_betrokkene" ADD COLUMN     "informerenVerlengd" INTEGER NOT NULL DEFAULT 0;

-- At most a year of extensions (26 × 2 weeks) on top of the 4 weeks.
ALTER TABLE "melding_betrokkene" ADD CONSTRAINT "melding_betrokkene_informeren_verlengd" CHECK ("informerenVerlengd" BETWEEN 0 AND 26);
