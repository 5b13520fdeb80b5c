"use client";
// What the melding itself says — its date, the melder, aard, duur and toelichting — on the registration form and
// on the correction form alike.
import { TextArea, TextInput } from "@/components/forms/inputs";
import { MelderFields } from "./melder-fields";
import { AardDuurVelden } from "./aard-duur-velden";
import { IntakeVelden } from "./intake-velden";
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
          hint="Datum waarop de melding binnenkwam. De veiligheidsbeoordeling moet binnen 5 werkdagen daarna (acuut: dezelfde dag)."
        />
      </fieldset>
      <IntakeVelden form={form} />
      <MelderFields form={form} />
      <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Aard en duur</legend>
        <AardDuurVelden reg={(veld) => register(veld)} errors={errors} />
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
