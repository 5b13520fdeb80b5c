"use client";
// Record a monitoringsmoment: the date, the veiligheidsscore 0-10, a short note, and per voorwaarde of the
// veiligheidsplan nagekomen / deels / niet with a note.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextArea, TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { RadioGroup } from "@/components/dienst/radio-group";
import { addMonitoringsmomentAction } from "@/lib/monitoring/actions";
import { ZMonitoringsmoment } from "@/lib/monitoring/schema";
import { OORDELEN } from "@/lib/veiligheidsplan/schema";

type TeBeoordelen = { id: number; volgnummer: number; omschrijving: string; wie: string };

const OORDEEL_OPTIES = Object.entries(OORDELEN).map(([value, label]) => ({ value, label }));

export function MonitoringForm({
  casusnummer,
  vandaag,
  voorwaarden,
}: {
  casusnummer: string;
  vandaag: string;
  /** The voorwaarden of the veiligheidsplan that hold today. */
  voorwaarden: TeBeoordelen[];
}) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZMonitoringsmoment,
    addMonitoringsmomentAction,
    {
      casusnummer,
      datum: vandaag,
      veiligheidsscore: "",
      notitie: "",
      voorwaarden: voorwaarden.map((v) => ({ voorwaardeId: v.id, oordeel: "", notitie: "" })),
    },
    () => {
      router.push(`/casussen/${casusnummer}/monitoring`);
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl" data-hydrated={hydrated || undefined}>
      <FormMessages status={status} saved={false} />
      <TextInput
        id="datum"
        type="date"
        label="Datum monitoring"
        reg={form.register("datum")}
        error={errors.datum}
        hint="Niet vóór de eerste overdracht en niet in de toekomst."
      />
      <TextInput
        id="veiligheidsscore"
        type="number"
        inputMode="numeric"
        label="Veiligheidsscore"
        reg={form.register("veiligheidsscore")}
        error={errors.veiligheidsscore}
        hint="Een geheel getal van 0 (onveilig) tot en met 10 (veilig)."
      />
      <TextArea
        id="notitie"
        label="Notitie"
        reg={form.register("notitie")}
        error={errors.notitie}
        hint="Kort: hoogstens 500 tekens."
      />
      {voorwaarden.length > 0 && (
        <fieldset className="mb-4">
          <legend className="mb-1 text-lg font-semibold">Voorwaarden van het veiligheidsplan</legend>
          {errors.voorwaarden?.message && (
            <p role="alert" className="mb-2 text-sm font-medium text-red-700">
              {errors.voorwaarden.message}
            </p>
          )}
          {voorwaarden.map((v, i) => (
            <div key={v.id} className="mb-3 rounded border border-slate-300 bg-white p-3">
              <RadioGroup
                id={`voorwaarde-${v.volgnummer}`}
                label={`Voorwaarde ${v.volgnummer}: ${v.omschrijving}`}
                hint={`Wie: ${v.wie}`}
                options={OORDEEL_OPTIES}
                reg={form.register(`voorwaarden.${i}.oordeel`)}
                error={errors.voorwaarden?.[i]?.oordeel}
              />
              <TextInput
                id={`voorwaarde-${v.volgnummer}-notitie`}
                label={`Toelichting bij voorwaarde ${v.volgnummer}`}
                reg={form.register(`voorwaarden.${i}.notitie`)}
                error={errors.voorwaarden?.[i]?.notitie}
              />
            </div>
          ))}
        </fieldset>
      )}
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Monitoringsmoment opslaan
      </button>
    </form>
  );
}
