-- AlterTable
ALTER TABLE "levering" ADD COLUMN     "bouwFout" VARCHAR(400),
ADD COLUMN     "voortgang" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "voortgangOp" TIMESTAMPTZ(3);
