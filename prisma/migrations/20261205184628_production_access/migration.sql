-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "totpEnabledAt" TIMESTAMPTZ(3),
ADD COLUMN     "totpLastStep" INTEGER,
ADD COLUMN     "totpRequired" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "totpSecret" TEXT;

-- AlterTable
ALTER TABLE "login_failure" ADD COLUMN     "kind" VARCHAR(16) NOT NULL DEFAULT 'password';

-- AlterTable
ALTER TABLE "session" ADD COLUMN     "pending" VARCHAR(16);

-- CreateTable
CREATE TABLE "recovery_code" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recovery_code_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "recovery_code_userId_idx" ON "recovery_code"("userId");

-- CreateIndex
CREATE INDEX "login_failure_username_clientAddress_at_idx" ON "login_failure"("username", "clientAddress", "at");

-- AddForeignKey
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
