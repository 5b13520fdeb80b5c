-- CreateEnum
CREATE TYPE "VoorwaardeOordeel" AS ENUM ('NAGEKOMEN', 'DEELS', 'NIET');

-- CreateTable
CREATE TABLE "veiligheidsvoorwaarde" (
    "id" SERIAL NOT NULL,
    "casusId" INTEGER NOT NULL,
    "volgnummer" INTEGER NOT NULL,
    "omschrijving" VARCHAR(500) NOT NULL,
    "wie" VARCHAR(200) NOT NULL,
    "perDatum" DATE NOT NULL,
    "controle" VARCHAR(500) NOT NULL,
    "afgesprokenOp" DATE NOT NULL,
    "beeindigdOp" DATE,
    "beeindigdReden" VARCHAR(500),
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "veiligheidsvoorwaarde_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "voorwaarde_score" (
    "id" SERIAL NOT NULL,
    "casusId" INTEGER NOT NULL,
    "monitoringsmomentId" INTEGER NOT NULL,
    "voorwaardeId" INTEGER NOT NULL,
    "oordeel" "VoorwaardeOordeel" NOT NULL,
    "notitie" VARCHAR(500),

    CONSTRAINT "voorwaarde_score_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "veiligheidsvoorwaarde_casusId_volgnummer_key" ON "veiligheidsvoorwaarde"("casusId", "volgnummer");

-- CreateIndex
CREATE UNIQUE INDEX "veiligheidsvoorwaarde_id_casusId_key" ON "veiligheidsvoorwaarde"("id", "casusId");

-- CreateIndex
CREATE INDEX "voorwaarde_score_voorwaardeId_idx" ON "voorwaarde_score"("voorwaardeId");

-- CreateIndex
CREATE UNIQUE INDEX "voorwaarde_score_monitoringsmomentId_voorwaardeId_key" ON "voorwaarde_score"("monitoringsmomentId", "voorwaardeId");

-- CreateIndex
CREATE UNIQUE INDEX "monitoringsmoment_id_casusId_key" ON "monitoringsmoment"("id", "casusId");

-- AddForeignKey
ALTER TABLE "veiligheidsvoorwaarde" ADD CONSTRAINT "veiligheidsvoorwaarde_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "voorwaarde_score" ADD CONSTRAINT "voorwaarde_score_monitoringsmomentId_casusId_fkey" FOREIGN KEY ("monitoringsmomentId", "casusId") REFERENCES "monitoringsmoment"("id", "casusId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "voorwaarde_score" ADD CONSTRAINT "voorwaarde_score_voorwaardeId_casusId_fkey" FOREIGN KEY ("voorwaardeId", "casusId") REFERENCES "veiligheidsvoorwaarde"("id", "casusId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A voorwaarde is ended with both a date and a reason, or neither; its texts are never blank.
ALTER TABLE "veiligheidsvoorwaarde" ADD CONSTRAINT "veiligheidsvoorwaarde_beeindigd" CHECK (
  ("beeindigdOp" IS NULL) = ("beeindigdReden" IS NULL)
  AND ("beeindigdOp" IS NULL OR "beeindigdOp" >= "afgesprokenOp")
);
ALTER TABLE "veiligheidsvoorwaarde" ADD CONSTRAINT "veiligheidsvoorwaarde_teksten" CHECK (
  btrim("omschrijving") <> '' AND btrim("wie") <> '' AND btrim("controle") <> '' AND "volgnummer" > 0
);
