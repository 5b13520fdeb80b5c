"use client";
// Aard, aanvullende informatie and duur: the same three fields on the advies and the melding form (and their
// correction forms).
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { CodeCheckboxes, CodeSelect } from "@/components/forms/inputs";
import { AARD_MELDING_CODES } from "@/lib/domain/codes";

type Veld = "aard" | "aanvullendeInformatie" | "duur";

export function AardDuurVelden({
  reg,
  errors,
}: {
  reg: (veld: Veld) => UseFormRegisterReturn;
  errors: Partial<Record<Veld, FieldError | { message?: string }>>;
}) {
  return (
    <>
      <CodeCheckboxes
        id="aard"
        label="Aard"
        lijst="A"
        only={AARD_MELDING_CODES}
        reg={reg("aard")}
        error={errors.aard}
        hint="Meerdere mogelijk. Laat leeg als de aard (nog) onbekend is."
      />
      <CodeCheckboxes
        id="aanvullendeInformatie"
        label="Aanvullende informatie"
        lijst="B"
        reg={reg("aanvullendeInformatie")}
        error={errors.aanvullendeInformatie}
      />
      <CodeSelect
        id="duur"
        label="Duur"
        lijst="C"
        reg={reg("duur")}
        error={errors.duur}
        hint="(Vermoedelijke) duur van het geweld."
      />
    </>
  );
}
