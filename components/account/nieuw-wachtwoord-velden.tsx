"use client";
// The new password and its repetition, for setting up an account and for changing one's password.
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { TextInput } from "@/components/forms/inputs";

const HINT =
  "Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden; een veelgebruikt wachtwoord of uw gebruikersnaam kan niet.";

export function NieuwWachtwoordVelden({
  nieuw,
  herhaal,
}: {
  nieuw: { reg: UseFormRegisterReturn; error?: FieldError };
  herhaal: { reg: UseFormRegisterReturn; error?: FieldError };
}) {
  return (
    <>
      <TextInput
        id="nieuw"
        label="Nieuw wachtwoord"
        type="password"
        autoComplete="new-password"
        reg={nieuw.reg}
        error={nieuw.error}
        hint={HINT}
      />
      <TextInput
        id="herhaal"
        label="Herhaal het nieuwe wachtwoord"
        type="password"
        autoComplete="new-password"
        reg={herhaal.reg}
        error={herhaal.error}
      />
    </>
  );
}
