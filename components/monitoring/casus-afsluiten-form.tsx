"use client";
// Close the casus with an einddatum; the page has already shown what blocks closing, if anything.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages, TextInput } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { closeCasusAction } from "@/lib/monitoring/actions";
import { ZCasusAfsluiten } from "@/lib/monitoring/schema";

export function CasusAfsluitenForm({ casusnummer, version, vandaag, minTekst }: { casusnummer: string; version: number; vandaag: string; minTekst: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, errors } = useActionForm(ZCasusAfsluiten, closeCasusAction,
    { casusnummer, version, einddatum: vandaag },
    () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl">
      <FormMessages formError={formError} saved={false} />
      <input type="hidden" {...form.register("version")} />
      <TextInput id="einddatum" type="date" label="Einddatum" reg={form.register("einddatum")} error={errors.einddatum}
        hint={`De datum waarop de betrokkenheid van Veilig Thuis eindigt: op of na ${minTekst} en niet in de toekomst. Daarna kan er niets meer aan de casus worden toegevoegd.`} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>Casus sluiten</button>
    </form>
  );
}
