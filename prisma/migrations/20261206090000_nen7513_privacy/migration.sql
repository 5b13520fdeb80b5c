-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PRIVACY';

-- DropIndex
DROP INDEX "audit_event_casusId_idx";

-- DropIndex
DROP INDEX "audit_event_userId_at_idx";

-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "noodtoegangId" INTEGER;

-- AlterTable
ALTER TABLE "betrokkene" ADD COLUMN     "geheimAdres" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "casus" ADD COLUMN     "afgeschermd" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "organisatie" ADD COLUMN     "beheerderLogInzage" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "controleDossiersPerDag" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "noodtoegang" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "casusId" INTEGER NOT NULL,
    "reden" VARCHAR(1000) NOT NULL,
    "startOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eindOp" TIMESTAMPTZ(3) NOT NULL,
    "beeindigdOp" TIMESTAMPTZ(3),

    CONSTRAINT "noodtoegang_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "casus_toegang" (
    "casusId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "sinds" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "casus_toegang_pkey" PRIMARY KEY ("casusId","userId")
);

-- CreateTable
CREATE TABLE "controle" (
    "id" SERIAL NOT NULL,
    "sleutel" VARCHAR(120) NOT NULL,
    "doorId" INTEGER NOT NULL,
    "opmerking" VARCHAR(2000) NOT NULL,
    "op" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "controle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "noodtoegang_userId_eindOp_idx" ON "noodtoegang"("userId", "eindOp");

-- CreateIndex
CREATE INDEX "noodtoegang_casusId_idx" ON "noodtoegang"("casusId");

-- CreateIndex
CREATE INDEX "noodtoegang_startOp_idx" ON "noodtoegang"("startOp");

-- CreateIndex
CREATE INDEX "casus_toegang_userId_idx" ON "casus_toegang"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "controle_sleutel_key" ON "controle"("sleutel");

-- CreateIndex
CREATE INDEX "audit_event_casusId_at_id_idx" ON "audit_event"("casusId", "at", "id");

-- CreateIndex
CREATE INDEX "audit_event_userId_at_id_idx" ON "audit_event"("userId", "at", "id");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- AddForeignKey
ALTER TABLE "noodtoegang" ADD CONSTRAINT "noodtoegang_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "noodtoegang" ADD CONSTRAINT "noodtoegang_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "casus_toegang" ADD CONSTRAINT "casus_toegang_casusId_fkey" FOREIGN KEY ("casusId") REFERENCES "casus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "casus_toegang" ADD CONSTRAINT "casus_toegang_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "controle" ADD CONSTRAINT "controle_doorId_fkey" FOREIGN KEY ("doorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Noodtoegang: a real reason, and never longer than 8 hours.
ALTER TABLE "noodtoegang" ADD CONSTRAINT "noodtoegang_reden" CHECK (char_length(btrim("reden")) >= 20);
ALTER TABLE "noodtoegang" ADD CONSTRAINT "noodtoegang_duur" CHECK ("eindOp" > "startOp" AND "eindOp" <= "startOp" + interval '8 hours');
ALTER TABLE "controle" ADD CONSTRAINT "controle_opmerking" CHECK (btrim("opmerking") <> '');
ALTER TABLE "organisatie" ADD CONSTRAINT "organisatie_controle_dossiers" CHECK ("controleDossiersPerDag" BETWEEN 1 AND 10000);
