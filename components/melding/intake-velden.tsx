"use client";
// Acuut (with its reason), vormen van geweld and the police data of a zorgmelding: on the registration form and
// the correction form alike. Kept internally; the delivery file does not carry them.
import { Checkboxes, TextArea, TextInput } from "@/components/forms/inputs";
import { VORMEN_GEWELD } from "@/lib/melding/vormen-geweld";
import { JaNee } from "./ja-nee";
import type { MeldingFormApi } from "./types";

const VORM_OPTIES = VORMEN_GEWELD.map((v) => ({ value: v.waarde, label: v.label }));

export function IntakeVelden({ form }: { form: MeldingFormApi }) {
  const {
    register,
    watch,
    formState: { errors },
  } = form;
  const acuut = watch("acuut") === "J";
  return (
    <>
      <fieldset
        className={`mb-6 rounded border p-4 ${acuut ? "border-red-700 bg-red-50" : "border-slate-300 bg-white"}`}
      >
        <legend className="px-1 text-lg font-semibold">Acuut</legend>
        <JaNee
          id="acuut"
          label="Is er acute onveiligheid?"
          reg={register("acuut")}
          error={errors.acuut}
          hint="Bij een acute melding moet de veiligheidsbeoordeling dezelfde dag; zij staat bovenaan de werkvoorraad."
          ja="Ja, acuut — direct beoordelen"
          nee="Nee, niet acuut"
        />
        {acuut && (
          <TextArea
            id="acuutReden"
            label="Waarom acuut?"
            reg={register("acuutReden")}
            error={errors.acuutReden}
            hint="Kort, ten hoogste 500 tekens."
          />
        )}
      </fieldset>
      <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Vorm van geweld en politie</legend>
        <Checkboxes
          id="vormenGeweld"
          label="Vorm van geweld"
          options={VORM_OPTIES}
          reg={register("vormenGeweld")}
          error={errors.vormenGeweld}
          hint="Meerdere mogelijk. Voor het werk en de rapportages; gaat niet mee in het aanleverbestand."
        />
        <TextInput
          id="politieRegistratienummer"
          label="Registratienummer politie (BVH)"
          reg={register("politieRegistratienummer")}
          error={errors.politieRegistratienummer}
          hint="Alleen bij een zorgmelding van de politie."
        />
        <TextInput
          id="politieIncidentOp"
          label="Datum en tijd incident"
          type="datetime-local"
          reg={register("politieIncidentOp")}
          error={errors.politieIncidentOp}
        />
        <fieldset className="mb-4">
          <legend className="mb-1 font-medium">Tijdelijk huisverbod</legend>
          <div className="flex flex-wrap gap-4">
            {(
              [
                ["J", "Ja"],
                ["N", "Nee"],
                ["", "Onbekend of niet van toepassing"],
              ] as const
            ).map(([v, l]) => (
              <label key={v || "leeg"} className="flex items-start gap-2">
                <input type="radio" value={v} className="mt-1" {...register("tijdelijkHuisverbod")} />
                <span>{l}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
    </>
  );
}
