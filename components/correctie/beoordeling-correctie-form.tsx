"use client";
// The teamleider corrects a vastgestelde veiligheidsbeoordeling: the fields of the beoordeling form and the
// reason; it then waits for vaststelling by someone else (four eyes).
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { CodeSelect, TextArea, TextInput } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { RedenVeld, useTerugNaarHistorie } from "./reden-veld";
import { correctBeoordelingAction } from "@/lib/correctie/actions";
import { ZBeoordelingCorrectie, type TBeoordelingCorrectieInput } from "@/lib/correctie/schema";

export function BeoordelingCorrectieForm({ values }: { values: TBeoordelingCorrectieInput }) {
  const klaar = useTerugNaarHistorie(values.casusnummer);
  const { form, onSubmit, errors, status } = useActionForm(ZBeoordelingCorrectie, correctBeoordelingAction, values, {
    onSuccess: klaar,
    confirm: {
      title: "Beoordeling corrigeren?",
      body: "De beoordeling moet daarna opnieuw worden vastgesteld door een gedragswetenschapper of een andere teamleider.",
      confirmLabel: "Corrigeren",
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormMessages status={status} saved={false} />
      <TextInput id="datum" type="date" label="Datum beoordeling" reg={form.register("datum")} error={errors.datum} />
      <CodeSelect
        id="taxatie"
        label="Veiligheidstaxatie"
        lijst="G"
        reg={form.register("taxatie")}
        error={errors.taxatie}
      />
      <CodeSelect id="inhoud" label="Inhoud" lijst="F" reg={form.register("inhoud")} error={errors.inhoud} />
      <TextArea id="toelichting" label="Toelichting" reg={form.register("toelichting")} error={errors.toelichting} />
      <RedenVeld reg={form.register("reden")} error={errors.reden} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Correctie opslaan
      </button>
    </form>
  );
}
