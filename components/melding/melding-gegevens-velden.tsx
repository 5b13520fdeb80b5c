"use client";
// What the melding itself says — its date, the melder, aard, duur and toelichting — on the registration form and
// on the correction form alike.
import { CodeCheckboxes, CodeSelect, TextArea, TextInput } from "@/components/forms/inputs";
import { AARD_MELDING_CODES } from "@/lib/domain/codes";
import { MelderFields } from "./melder-fields";
import type { MeldingFormApi } from "./types";

export function MeldingGegevensVelden({ form }: { form: MeldingFormApi }) {
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <>
      <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Melding</legend>
        <TextInput
          id="datumMelding"
          label="Datum melding"
          type="date"
          reg={register("datumMelding")}
          error={errors.datumMelding}
          hint="Datum waarop de melding binnenkwam. De veiligheidsbeoordeling moet binnen 5 werkdagen daarna."
        />
      </fieldset>
      <MelderFields form={form} />
      <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Aard en duur</legend>
        <CodeCheckboxes
          id="aard"
          label="Aard"
          lijst="A"
          only={AARD_MELDING_CODES}
          reg={register("aard")}
          error={errors.aard}
          hint="Meerdere mogelijk. Laat leeg als de aard (nog) onbekend is."
        />
        <CodeCheckboxes
          id="aanvullendeInformatie"
          label="Aanvullende informatie"
          lijst="B"
          reg={register("aanvullendeInformatie")}
          error={errors.aanvullendeInformatie}
        />
        <CodeSelect
          id="duur"
          label="Duur"
          lijst="C"
          reg={register("duur")}
          error={errors.duur}
          hint="(Vermoedelijke) duur van het geweld."
        />
        <TextArea
          id="toelichting"
          label="Toelichting"
          reg={register("toelichting")}
          error={errors.toelichting}
          hint="Wat de melder vertelt over de situatie."
        />
      </fieldset>
    </>
  );
}
