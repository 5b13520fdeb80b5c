"use client";
import { TextInput } from "@/components/forms/inputs";
import { FunctieOrganisatieFields } from "./functie-organisatie-fields";
import { JaNee } from "./ja-nee";
import type { MeldingFormApi } from "./types";

export function MelderFields({ form }: { form: MeldingFormApi }) {
  const {
    register,
    watch,
    formState: { errors },
  } = form;
  return (
    <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">Melder</legend>
      <FunctieOrganisatieFields
        idPrefix="melder"
        functieRol={watch("functieRol") ?? ""}
        regFunctie={register("functieRol")}
        regOrganisatie={register("organisatie")}
        regOrganisatieNaam={register("melderOrganisatieNaam")}
        errors={errors}
      />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextInput
          id="melderNaam"
          label="Naam melder"
          reg={register("melderNaam")}
          error={errors.melderNaam}
          hint="De melder maakt zich bekend bij Veilig Thuis."
        />
        <TextInput
          id="melderContact"
          label="Contactgegevens melder"
          reg={register("melderContact")}
          error={errors.melderContact}
          hint="Telefoon of e-mail, voor de terugkoppeling."
        />
      </div>
      <JaNee
        id="anoniem"
        label="Anoniem"
        reg={register("anoniem")}
        error={errors.anoniem}
        hint="Wil de melder dat de betrokkenen niet te weten komen wie de melding deed?"
        ja="Ja — identiteit van de melder afschermen voor de betrokkenen"
        nee="Nee"
      />
    </fieldset>
  );
}
