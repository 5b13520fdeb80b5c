-- CreateTable
CREATE TABLE "verzoek" (
    "id" SERIAL NOT NULL,
    "casusId" INTEGER NOT NULL,
    "betrokkeneId" INTEGER NOT NULL,
    "soort" VARCHAR(12) NOT NULL,
    "ontvangenOp" DATE NOT NULL,
    "vanWie" VARCHAR(200) NOT NULL,
    "omschrijving" VARCHAR(4000) NOT NULL,
    "termijnOp" DATE NOT NULL,
    "verlengReden" VARCHAR(2000),
    "besluit" VARCHAR(12),
    "besluitOp" DATE,
    "motivering" VARCHAR(4000),
    "eigenVerklaring" VARCHAR(8000),
    "doorId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verzoek_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "verzoek_casusId_idx" ON "verzoek"("casusId");

-- CreateIndex
CREATE INDEX "verzoek_besluit_termijnOp_idx" ON "verzoek"("besluit", "termijnOp");

-- AddForeignKey
ALTER TABLE "verzoek" ADD CONSTRAINT "verzoek_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verzoek" ADD CONSTRAINT "verzoek_betrokkeneId_casusId_fkey" FOREIGN KEY ("betrokkeneId", "casusId") REFERENCES "betrokkene"("id", "casusId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verzoek" ADD CONSTRAINT "verzoek_doorId_fkey" FOREIGN KEY ("doorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "verzoek" ADD CONSTRAINT "verzoek_soort" CHECK ("soort" IN ('INZAGE', 'CORRECTIE', 'VERWIJDERING', 'BEPERKING'));
ALTER TABLE "verzoek" ADD CONSTRAINT "verzoek_besluit" CHECK (
  ("besluit" IS NULL AND "besluitOp" IS NULL AND "motivering" IS NULL)
  OR ("besluit" IN ('TOEGEWEZEN', 'DEELS', 'AFGEWEZEN') AND "besluitOp" IS NOT NULL AND btrim("motivering") <> ''));
ALTER TABLE "verzoek" ADD CONSTRAINT "verzoek_termijn" CHECK ("termijnOp" > "ontvangenOp" AND "termijnOp" <= "ontvangenOp" + interval '3 months');
ALTER TABLE "verzoek" ADD CONSTRAINT "verzoek_eigen_verklaring" CHECK ("eigenVerklaring" IS NULL OR ("soort" = 'CORRECTIE' AND "besluit" IN ('AFGEWEZEN', 'DEELS')));
