"use client";
import type { UseFormReturn } from "react-hook-form";
import { CodeSelect, Select, TextArea, TextInput } from "@/components/forms/inputs";
import { datumNl } from "@/components/format-datum";

type Values = {
  datum: string;
  taxatie: string;
  inhoud: string;
  toelichting?: string | null;
  besluitMetId: string | number;
};

export function BeoordelingVelden({
  form,
  besluitMetOpties,
  datumMelding,
}: {
  form: UseFormReturn<Values, unknown, unknown>;
  besluitMetOpties: { value: string; label: string }[];
  datumMelding: string;
}) {
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextInput
          id="datum"
          label="Datum beoordeling"
          type="date"
          reg={register("datum")}
          error={errors.datum}
          hint={`Niet vóór de datum melding (${datumNl(datumMelding)}) en niet in de toekomst.`}
        />
        <Select
          id="besluitMetId"
          label="Besloten met"
          options={besluitMetOpties}
          reg={register("besluitMetId")}
          error={errors.besluitMetId}
          hint="De gedragswetenschapper, teamleider of collega met wie is besloten."
        />
        <CodeSelect
          id="taxatie"
          label="Veiligheidstaxatie"
          lijst="G"
          reg={register("taxatie")}
          error={errors.taxatie}
        />
        <CodeSelect
          id="inhoud"
          label="Inhoud"
          lijst="F"
          reg={register("inhoud")}
          error={errors.inhoud}
          hint="Wat er na de beoordeling gebeurt."
        />
      </div>
      <TextArea
        id="toelichting"
        label="Toelichting"
        reg={register("toelichting")}
        error={errors.toelichting}
        hint="De onderbouwing van de taxatie en het besluit."
      />
    </>
  );
}
