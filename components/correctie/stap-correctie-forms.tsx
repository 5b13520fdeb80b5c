"use client";
// The correction forms of an overdracht, a monitoringsmoment and the casus's gemeente: the fields of their
// registration with the stored values, and the reason.
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { CodeSelect, TextArea, TextInput } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { RedenVeld, useTerugNaarHistorie } from "./reden-veld";
import { GemeenteSelect } from "@/components/melding/gemeente-select";
import type { GemeenteLijst } from "@/lib/gemeenten/queries";
import { correctCasusGemeenteAction, correctMonitoringAction, correctOverdrachtAction } from "@/lib/correctie/actions";
import {
  ZCasusGemeenteCorrectie,
  ZMonitoringCorrectie,
  ZOverdrachtCorrectie,
  type TCasusGemeenteCorrectieInput,
  type TMonitoringCorrectieInput,
  type TOverdrachtCorrectieInput,
} from "@/lib/correctie/schema";

export function OverdrachtCorrectieForm({
  values,
  betrokkenen,
}: {
  values: TOverdrachtCorrectieInput;
  betrokkenen: { id: number; naam: string }[];
}) {
  const klaar = useTerugNaarHistorie(values.casusnummer);
  const { form, onSubmit, errors, status } = useActionForm(
    ZOverdrachtCorrectie,
    correctOverdrachtAction,
    values,
    klaar,
  );
  const fout = errors.betrokkeneIds?.message as string | undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormMessages status={status} saved={false} />
      <TextInput id="datum" type="date" label="Datum overdracht" reg={form.register("datum")} error={errors.datum} />
      <CodeSelect id="partij" label="Partij" lijst="I" reg={form.register("partij")} error={errors.partij} />
      <CodeSelect id="hulp" label="Hulp" lijst="J" reg={form.register("hulp")} error={errors.hulp} />
      <fieldset className="mb-4" aria-describedby={fout ? "betrokkeneIds-error" : undefined}>
        <legend className="mb-1 font-medium">Betrokkenen</legend>
        {betrokkenen.map((b) => (
          <label key={b.id} className="flex items-center gap-2">
            <input type="checkbox" value={String(b.id)} {...form.register("betrokkeneIds")} />
            <span>{b.naam}</span>
          </label>
        ))}
        {fout && (
          <p id="betrokkeneIds-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {fout}
          </p>
        )}
      </fieldset>
      <TextArea id="toelichting" label="Toelichting" reg={form.register("toelichting")} error={errors.toelichting} />
      <RedenVeld reg={form.register("reden")} error={errors.reden} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Correctie opslaan
      </button>
    </form>
  );
}

export function MonitoringCorrectieForm({ values }: { values: TMonitoringCorrectieInput }) {
  const klaar = useTerugNaarHistorie(values.casusnummer);
  const { form, onSubmit, errors, status } = useActionForm(
    ZMonitoringCorrectie,
    correctMonitoringAction,
    values,
    klaar,
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormMessages status={status} saved={false} />
      <TextInput id="datum" type="date" label="Datum monitoring" reg={form.register("datum")} error={errors.datum} />
      <TextInput
        id="veiligheidsscore"
        type="number"
        inputMode="numeric"
        label="Veiligheidsscore"
        reg={form.register("veiligheidsscore")}
        error={errors.veiligheidsscore}
        hint="Een geheel getal van 0 (onveilig) tot en met 10 (veilig)."
      />
      <TextArea id="notitie" label="Notitie" reg={form.register("notitie")} error={errors.notitie} />
      <RedenVeld reg={form.register("reden")} error={errors.reden} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Correctie opslaan
      </button>
    </form>
  );
}

export function GemeenteCorrectieForm({
  values,
  lijst,
}: {
  values: TCasusGemeenteCorrectieInput;
  lijst: GemeenteLijst;
}) {
  const klaar = useTerugNaarHistorie(values.casusnummer);
  const { form, onSubmit, errors, status } = useActionForm(
    ZCasusGemeenteCorrectie,
    correctCasusGemeenteAction,
    values,
    klaar,
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormMessages status={status} saved={false} />
      <GemeenteSelect id="gemeentecode" lijst={lijst} reg={form.register("gemeentecode")} error={errors.gemeentecode} />
      <RedenVeld reg={form.register("reden")} error={errors.reden} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Correctie opslaan
      </button>
    </form>
  );
}
