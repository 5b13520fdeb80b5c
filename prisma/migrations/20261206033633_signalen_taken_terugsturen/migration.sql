-- CreateTable
CREATE TABLE "signaal" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "soort" VARCHAR(30) NOT NULL,
    "casusId" INTEGER,
    "tekst" VARCHAR(300) NOT NULL,
    "href" VARCHAR(300) NOT NULL,
    "sleutel" VARCHAR(120),
    "gelezenOp" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "signaal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "taak" (
    "id" SERIAL NOT NULL,
    "titel" VARCHAR(200) NOT NULL,
    "toelichting" VARCHAR(2000),
    "deadline" DATE NOT NULL,
    "casusId" INTEGER,
    "toegewezenAanId" INTEGER NOT NULL,
    "aangemaaktDoorId" INTEGER NOT NULL,
    "afgerondOp" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "taak_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "terugsturing" (
    "id" SERIAL NOT NULL,
    "casusId" INTEGER NOT NULL,
    "beoordelingId" INTEGER NOT NULL,
    "doorId" INTEGER NOT NULL,
    "aanId" INTEGER NOT NULL,
    "opmerking" VARCHAR(2000) NOT NULL,
    "opgelostOp" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "terugsturing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "signaal_userId_gelezenOp_createdAt_idx" ON "signaal"("userId", "gelezenOp", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "signaal_userId_sleutel_key" ON "signaal"("userId", "sleutel");

-- CreateIndex
CREATE INDEX "taak_toegewezenAanId_afgerondOp_deadline_idx" ON "taak"("toegewezenAanId", "afgerondOp", "deadline");

-- CreateIndex
CREATE INDEX "terugsturing_beoordelingId_idx" ON "terugsturing"("beoordelingId");

-- AddForeignKey
ALTER TABLE "signaal" ADD CONSTRAINT "signaal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signaal" ADD CONSTRAINT "signaal_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taak" ADD CONSTRAINT "taak_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taak" ADD CONSTRAINT "taak_toegewezenAanId_fkey" FOREIGN KEY ("toegewezenAanId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taak" ADD CONSTRAINT "taak_aangemaaktDoorId_fkey" FOREIGN KEY ("aangemaaktDoorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "terugsturing" ADD CONSTRAINT "terugsturing_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "terugsturing" ADD CONSTRAINT "terugsturing_beoordelingId_fkey" FOREIGN KEY ("beoordelingId") REFERENCES "veiligheidsbeoordeling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "terugsturing" ADD CONSTRAINT "terugsturing_doorId_fkey" FOREIGN KEY ("doorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "terugsturing" ADD CONSTRAINT "terugsturing_aanId_fkey" FOREIGN KEY ("aanId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- At most one open terugsturing per beoordeling: a second one before the first is resolved is refused.
CREATE UNIQUE INDEX "terugsturing_open_per_beoordeling" ON "terugsturing"("beoordelingId") WHERE "opgelostOp" IS NULL;
