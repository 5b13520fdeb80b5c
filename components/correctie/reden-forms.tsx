"use client";
// The teamleider's corrections that take only a reason: a melding intrekken, a casus heropenen.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { TextArea } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { reopenCasusAction, withdrawMeldingAction } from "@/lib/correctie/actions";
import { ZCasusHeropenen, ZMeldingIntrekken } from "@/lib/correctie/schema";

export function MeldingIntrekkenForm({
  casusnummer,
  meldingId,
  meldingnummer,
  version,
}: {
  casusnummer: string;
  meldingId: number;
  meldingnummer: string;
  version: number;
}) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZMeldingIntrekken,
    withdrawMeldingAction,
    { casusnummer, meldingId, version, reden: "" },
    {
      onSuccess: () => router.refresh(),
      confirm: {
        title: `Melding ${meldingnummer} intrekken?`,
        body: "De melding blijft zichtbaar als ingetrokken, maar wordt niet meer aan CBS geleverd (de casus ook niet, als dit de enige melding is).",
        confirmLabel: "Intrekken",
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessages status={status} saved={false} />
      <TextArea
        id={`intrekken-${meldingId}`}
        label="Reden van intrekken"
        reg={form.register("reden")}
        error={errors.reden}
        hint="Bijvoorbeeld: dubbel geregistreerd, zelfde melding als M2026-000123."
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Melding intrekken
      </button>
    </form>
  );
}

export function CasusHeropenenForm({ casusnummer, version }: { casusnummer: string; version: number }) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZCasusHeropenen,
    reopenCasusAction,
    { casusnummer, version, reden: "" },
    {
      onSuccess: () => router.refresh(),
      confirm: {
        title: `Casus ${casusnummer} heropenen?`,
        body: "De einddatum vervalt en de casus staat weer open in de werklijsten.",
        confirmLabel: "Heropenen",
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessages status={status} saved={false} />
      <TextArea id="heropenen-reden" label="Reden van heropenen" reg={form.register("reden")} error={errors.reden} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Casus heropenen
      </button>
    </form>
  );
}
