-- Acuut, vormen van geweld and the police data of a melding (issue 12): kept internally, not in the delivery file.
ALTER TABLE "melding" ADD COLUMN     "acuut" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "acuutReden" VARCHAR(500),
ADD COLUMN     "politieIncidentOp" TIMESTAMPTZ(3),
ADD COLUMN     "politieRegistratienummer" VARCHAR(30),
ADD COLUMN     "tijdelijkHuisverbod" BOOLEAN,
ADD COLUMN     "vormenGeweld" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- An acute melding says why; the vormen van geweld come from the one list in lib/melding/vormen-geweld.ts.
ALTER TABLE "melding" ADD CONSTRAINT "melding_acuut_reden" CHECK (NOT "acuut" OR "acuutReden" IS NOT NULL);
ALTER TABLE "melding" ADD CONSTRAINT "melding_vormen_geweld" CHECK ("vormenGeweld" <@ ARRAY['lichamelijk', 'psychisch', 'seksueel', 'verwaarlozing', 'getuige-partnergeweld', 'eergerelateerd', 'financieel', 'anders']::TEXT[]);

-- The werkvoorraad: acute meldingen first, then by date.
CREATE INDEX "melding_beoordelingOpen_acuut_datumMelding_idx" ON "melding"("beoordelingOpen", "acuut" DESC, "datumMelding");
