-- AlterTable
ALTER TABLE "advies" ADD COLUMN     "adviesvragerNaam" VARCHAR(200),
ADD COLUMN     "adviesvragerTelefoon" VARCHAR(30),
ADD COLUMN     "toestemmingContact" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "advies_behandelaarId_startdatum_idx" ON "advies"("behandelaarId", "startdatum");


-- The adviesvrager's name and phone number only with their consent (issue 12).
ALTER TABLE "advies" ADD CONSTRAINT "advies_contact_toestemming" CHECK ("toestemmingContact" OR ("adviesvragerNaam" IS NULL AND "adviesvragerTelefoon" IS NULL));
