"use client";
// Corrigeren of a melding: the registration form's own fields with the stored values, and the reason.
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { RedenVeld, useTerugNaarHistorie } from "./reden-veld";
import { MeldingGegevensVelden } from "@/components/melding/melding-gegevens-velden";
import type { MeldingFormApi } from "@/components/melding/types";
import { correctMeldingAction } from "@/lib/correctie/actions";
import { ZMeldingCorrectie, type TMeldingCorrectieInput } from "@/lib/melding/schema";

export function MeldingCorrectieForm({ values, casusnummer }: { values: TMeldingCorrectieInput; casusnummer: string }) {
  const klaar = useTerugNaarHistorie(casusnummer);
  const { form, onSubmit, errors, status } = useActionForm(ZMeldingCorrectie, correctMeldingAction, values, {
    onSuccess: klaar,
    conflictTitle: "Zo staat de melding nu opgeslagen",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-4xl">
      <FormMessages status={status} saved={false} />
      <MeldingGegevensVelden form={form as unknown as MeldingFormApi} />
      <RedenVeld reg={form.register("reden")} error={errors.reden} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Correctie opslaan
      </button>
    </form>
  );
}
