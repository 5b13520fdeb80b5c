"use client";
// Corrigeren of a betrokkene: the melding form's own fields with the stored values, and the reason.
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { RedenVeld, useTerugNaarHistorie } from "./reden-veld";
import { BetrokkeneVelden } from "@/components/melding/betrokkene-velden";
import type { MeldingFormApi } from "@/components/melding/types";
import { correctBetrokkeneAction } from "@/lib/correctie/actions";
import { ZBetrokkeneCorrectie, type TBetrokkeneCorrectieInput } from "@/lib/correctie/schema";

export function BetrokkeneCorrectieForm({ values }: { values: TBetrokkeneCorrectieInput }) {
  const klaar = useTerugNaarHistorie(values.casusnummer);
  const { form, onSubmit, errors, status } = useActionForm(ZBetrokkeneCorrectie, correctBetrokkeneAction, values, {
    onSuccess: klaar,
    conflictTitle: "Zo staat de betrokkene nu opgeslagen",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormMessages status={status} saved={false} />
      <input type="hidden" {...form.register("betrokkenen.0.modus")} />
      <input type="hidden" {...form.register("betrokkenen.0.bekendId")} />
      {/* The same fields as on the melding form (betrokkenen.0.*), with the same rules. */}
      <BetrokkeneVelden form={form as unknown as MeldingFormApi} i={0} />
      <RedenVeld reg={form.register("reden")} error={errors.reden} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Correctie opslaan
      </button>
    </form>
  );
}
