-- The journaalregels the privacy officer marks shareable in the afschrift of one inzage request.
CREATE TABLE "afschrift_regel" (
    "verzoekId" INTEGER NOT NULL,
    "regelId" INTEGER NOT NULL,
    "doorId" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "afschrift_regel_pkey" PRIMARY KEY ("verzoekId","regelId")
);

-- CreateIndex
CREATE INDEX "afschrift_regel_regelId_idx" ON "afschrift_regel"("regelId");

-- AddForeignKey
ALTER TABLE "afschrift_regel" ADD CONSTRAINT "afschrift_regel_verzoekId_fkey" FOREIGN KEY ("verzoekId") REFERENCES "verzoek"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "afschrift_regel" ADD CONSTRAINT "afschrift_regel_regelId_fkey" FOREIGN KEY ("regelId") REFERENCES "journaal_regel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
