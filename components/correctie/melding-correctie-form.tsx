"use client";
// Corrigeren of a melding: the registration form's own fields with the stored values, and the reason.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { TextArea } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { MeldingGegevensVelden } from "@/components/melding/melding-gegevens-velden";
import type { MeldingFormApi } from "@/components/melding/types";
import { correctMeldingAction } from "@/lib/correctie/actions";
import { ZMeldingCorrectie, type TMeldingCorrectieInput } from "@/lib/melding/schema";

export function MeldingCorrectieForm({ values, casusnummer }: { values: TMeldingCorrectieInput; casusnummer: string }) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(ZMeldingCorrectie, correctMeldingAction, values, {
    onSuccess: () => {
      router.push(`/casussen/${casusnummer}#wijzigingshistorie`);
      router.refresh();
    },
    conflictTitle: "Zo staat de melding nu opgeslagen",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-4xl">
      <FormMessages status={status} saved={false} />
      <MeldingGegevensVelden form={form as unknown as MeldingFormApi} />
      <TextArea
        id="reden"
        label="Reden van de correctie"
        reg={form.register("reden")}
        error={errors.reden}
        hint="Verplicht. Komt in de wijzigingshistorie, met de oude en de nieuwe waarden."
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Correctie opslaan
      </button>
    </form>
  );
}
