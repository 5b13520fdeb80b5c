-- AlterTable
ALTER TABLE "melding" ADD COLUMN     "terugkoppelingDoorId" INTEGER,
ADD COLUMN     "terugkoppelingInhoud" VARCHAR(2000),
ADD COLUMN     "terugkoppelingNietMogelijk" VARCHAR(2000),
ADD COLUMN     "terugkoppelingOp" DATE,
ADD COLUMN     "terugkoppelingVastgelegdOp" TIMESTAMPTZ(3),
ADD COLUMN     "terugkoppelingWijze" VARCHAR(20);

-- AlterTable
ALTER TABLE "melding_betrokkene" ADD COLUMN     "geinformeerdOp" DATE,
ADD COLUMN     "informeerDoorId" INTEGER,
ADD COLUMN     "informeerToelichting" VARCHAR(1000),
ADD COLUMN     "informeerVastgelegdOp" TIMESTAMPTZ(3),
ADD COLUMN     "informeerWijze" VARCHAR(20),
ADD COLUMN     "nietGeinformeerd" VARCHAR(20);

-- AlterTable
ALTER TABLE "organisatie" ADD COLUMN     "terugkoppelingWerkdagen" INTEGER NOT NULL DEFAULT 5;


-- Terugkoppeling: done (date and how) or not possible (with a reason), never both; informeren likewise.
ALTER TABLE "melding" ADD CONSTRAINT "melding_terugkoppeling" CHECK (
  ("terugkoppelingOp" IS NULL AND "terugkoppelingNietMogelijk" IS NULL AND "terugkoppelingWijze" IS NULL)
  OR ("terugkoppelingOp" IS NOT NULL AND "terugkoppelingWijze" IN ('telefonisch', 'brief', 'email', 'gesprek') AND "terugkoppelingNietMogelijk" IS NULL)
  OR ("terugkoppelingOp" IS NULL AND "terugkoppelingWijze" IS NULL AND "terugkoppelingNietMogelijk" IS NOT NULL));
ALTER TABLE "melding_betrokkene" ADD CONSTRAINT "melding_betrokkene_informeren" CHECK (
  ("geinformeerdOp" IS NULL AND "nietGeinformeerd" IS NULL AND "informeerWijze" IS NULL)
  OR ("geinformeerdOp" IS NOT NULL AND "informeerWijze" IN ('telefonisch', 'brief', 'email', 'gesprek') AND "nietGeinformeerd" IS NULL)
  OR ("geinformeerdOp" IS NULL AND "informeerWijze" IS NULL AND "nietGeinformeerd" IN ('veiligheid', 'onbereikbaar')));
ALTER TABLE "organisatie" ADD CONSTRAINT "organisatie_terugkoppeling_werkdagen" CHECK ("terugkoppelingWerkdagen" BETWEEN 1 AND 30);
