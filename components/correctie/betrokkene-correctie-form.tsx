"use client";
// Corrigeren of a betrokkene: the melding form's own fields with the stored values, and the reason.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { TextArea } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { BetrokkeneVelden } from "@/components/melding/betrokkene-velden";
import type { MeldingFormApi } from "@/components/melding/types";
import { correctBetrokkeneAction } from "@/lib/correctie/actions";
import { ZBetrokkeneCorrectie, type TBetrokkeneCorrectieInput } from "@/lib/correctie/schema";

export function BetrokkeneCorrectieForm({ values }: { values: TBetrokkeneCorrectieInput }) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(ZBetrokkeneCorrectie, correctBetrokkeneAction, values, {
    onSuccess: () => {
      router.push(`/casussen/${values.casusnummer}#wijzigingshistorie`);
      router.refresh();
    },
    conflictTitle: "Zo staat de betrokkene nu opgeslagen",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormMessages status={status} saved={false} />
      <input type="hidden" {...form.register("betrokkenen.0.modus")} />
      <input type="hidden" {...form.register("betrokkenen.0.bekendId")} />
      {/* The same fields as on the melding form (betrokkenen.0.*), with the same rules. */}
      <BetrokkeneVelden form={form as unknown as MeldingFormApi} i={0} />
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
