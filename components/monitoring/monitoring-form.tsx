"use client";
// Record a monitoringsmoment: the date, the veiligheidsscore 0-10 and a short note.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextArea, TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { addMonitoringsmomentAction } from "@/lib/monitoring/actions";
import { ZMonitoringsmoment } from "@/lib/monitoring/schema";

export function MonitoringForm({ casusnummer, vandaag }: { casusnummer: string; vandaag: string }) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZMonitoringsmoment,
    addMonitoringsmomentAction,
    { casusnummer, datum: vandaag, veiligheidsscore: "", notitie: "" },
    () => {
      router.push(`/casussen/${casusnummer}/monitoring`);
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl">
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
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Monitoringsmoment opslaan
      </button>
    </form>
  );
}
