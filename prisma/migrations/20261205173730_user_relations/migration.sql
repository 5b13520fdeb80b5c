-- AddForeignKey
ALTER TABLE "dienst" ADD CONSTRAINT "dienst_uitvoerderId_fkey" FOREIGN KEY ("uitvoerderId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dienst" ADD CONSTRAINT "dienst_afsluitingVoorgesteldDoorId_fkey" FOREIGN KEY ("afsluitingVoorgesteldDoorId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dienst" ADD CONSTRAINT "dienst_afsluitingBevestigdDoorId_fkey" FOREIGN KEY ("afsluitingBevestigdDoorId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "levering" ADD CONSTRAINT "levering_aangemaaktDoorId_fkey" FOREIGN KEY ("aangemaaktDoorId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "levering" ADD CONSTRAINT "levering_definitiefDoorId_fkey" FOREIGN KEY ("definitiefDoorId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
