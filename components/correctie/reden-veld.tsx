"use client";
// What every correction form shares: the reason field, and going back to the casus's history after saving.
import { useRouter } from "next/navigation";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { TextArea } from "@/components/forms/inputs";

export function RedenVeld({ reg, error, hint }: { reg: UseFormRegisterReturn; error?: FieldError; hint?: string }) {
  return (
    <TextArea
      id="reden"
      label="Reden van de correctie"
      reg={reg}
      error={error}
      hint={hint ?? "Verplicht. Komt in de wijzigingshistorie, met de oude en de nieuwe waarden."}
    />
  );
}

/** After a saved correction: the casus page at its Wijzigingshistorie. */
export function useTerugNaarHistorie(casusnummer: string) {
  const router = useRouter();
  return () => {
    router.push(`/casussen/${casusnummer}#wijzigingshistorie`);
    router.refresh();
  };
}
