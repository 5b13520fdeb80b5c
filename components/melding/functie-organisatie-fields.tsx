"use client";
// Functie of rol (list D) and organisatie (list E) of an adviesvrager or melder. For a niet-beroepsmatige rol the
// organisatie is not asked (the server stores 98 "niet van toepassing"); for a professional 98 is not offered.
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { codesOf, isNietBeroepsmatig, ORGANISATIE_NIET_BEROEPSMATIG } from "@/lib/domain/codes";
import { CodeSelect, TextInput } from "@/components/forms/inputs";
import { Field } from "@/components/forms/field";

const ORGANISATIES = codesOf("E").filter((c) => c !== ORGANISATIE_NIET_BEROEPSMATIG);

type Props = {
  idPrefix: string;
  functieRol: string;
  regFunctie: UseFormRegisterReturn;
  regOrganisatie: UseFormRegisterReturn;
  regOrganisatieNaam?: UseFormRegisterReturn;
  errors: { functieRol?: FieldError; organisatie?: FieldError; melderOrganisatieNaam?: FieldError };
};

export function FunctieOrganisatieFields({
  idPrefix,
  functieRol,
  regFunctie,
  regOrganisatie,
  regOrganisatieNaam,
  errors,
}: Props) {
  const nietBeroepsmatig = isNietBeroepsmatig(functieRol);
  return (
    <div className="grid gap-x-6 sm:grid-cols-2">
      <CodeSelect
        id={`${idPrefix}-functie-rol`}
        label="Functie of rol"
        lijst="D"
        reg={regFunctie}
        error={errors.functieRol}
      />
      {nietBeroepsmatig ? (
        <Field id={`${idPrefix}-organisatie`} label="Organisatie" hint="Alleen bij een beroepsmatige functie.">
          <input
            id={`${idPrefix}-organisatie`}
            readOnly
            aria-describedby={`${idPrefix}-organisatie-hint`}
            value="Niet van toepassing (niet-beroepsmatig)"
            className="block w-full rounded border border-slate-300 bg-slate-100 px-3 py-2 text-slate-700"
          />
        </Field>
      ) : (
        <CodeSelect
          id={`${idPrefix}-organisatie`}
          label="Organisatie"
          lijst="E"
          only={ORGANISATIES}
          reg={regOrganisatie}
          error={errors.organisatie}
          hint={functieRol ? undefined : "Kies eerst de functie of rol."}
        />
      )}
      {regOrganisatieNaam && !nietBeroepsmatig && (
        <TextInput
          id={`${idPrefix}-organisatie-naam`}
          label="Naam van de organisatie"
          reg={regOrganisatieNaam}
          error={errors.melderOrganisatieNaam}
          hint="Bijvoorbeeld de naam van de school of de praktijk (optioneel)."
        />
      )}
    </div>
  );
}
