-- CreateEnum
CREATE TYPE "RelatieSoort" AS ENUM ('OUDER', 'PARTNER', 'EX_PARTNER', 'GEZAG');

-- CreateTable
CREATE TABLE "betrokkene_relatie" (
    "id" SERIAL NOT NULL,
    "casusId" INTEGER NOT NULL,
    "vanId" INTEGER NOT NULL,
    "naarId" INTEGER NOT NULL,
    "soort" "RelatieSoort" NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "betrokkene_relatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "persoon_koppeling" (
    "id" SERIAL NOT NULL,
    "aId" INTEGER NOT NULL,
    "bId" INTEGER NOT NULL,
    "reden" VARCHAR(500) NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "persoon_koppeling_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "betrokkene_relatie_casusId_idx" ON "betrokkene_relatie"("casusId");

-- CreateIndex
CREATE INDEX "betrokkene_relatie_naarId_idx" ON "betrokkene_relatie"("naarId");

-- CreateIndex
CREATE UNIQUE INDEX "betrokkene_relatie_vanId_naarId_soort_key" ON "betrokkene_relatie"("vanId", "naarId", "soort");

-- CreateIndex
CREATE INDEX "persoon_koppeling_bId_idx" ON "persoon_koppeling"("bId");

-- CreateIndex
CREATE UNIQUE INDEX "persoon_koppeling_aId_bId_key" ON "persoon_koppeling"("aId", "bId");

-- AddForeignKey
ALTER TABLE "betrokkene_relatie" ADD CONSTRAINT "betrokkene_relatie_vanId_casusId_fkey" FOREIGN KEY ("vanId", "casusId") REFERENCES "betrokkene"("id", "casusId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "betrokkene_relatie" ADD CONSTRAINT "betrokkene_relatie_naarId_casusId_fkey" FOREIGN KEY ("naarId", "casusId") REFERENCES "betrokkene"("id", "casusId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persoon_koppeling" ADD CONSTRAINT "persoon_koppeling_aId_fkey" FOREIGN KEY ("aId") REFERENCES "betrokkene"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persoon_koppeling" ADD CONSTRAINT "persoon_koppeling_bId_fkey" FOREIGN KEY ("bId") REFERENCES "betrokkene"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A relation joins two different persons; a symmetric one (partner, ex-partner) is stored once, lowest id first.
ALTER TABLE "betrokkene_relatie" ADD CONSTRAINT "betrokkene_relatie_twee_personen" CHECK (
  "vanId" <> "naarId" AND ("soort" NOT IN ('PARTNER', 'EX_PARTNER') OR "vanId" < "naarId")
);
-- A link is stored once, lowest id first, with a reason.
ALTER TABLE "persoon_koppeling" ADD CONSTRAINT "persoon_koppeling_volgorde" CHECK ("aId" < "bId" AND btrim("reden") <> '');
