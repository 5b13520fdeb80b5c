"use client";
// Close the casus with an einddatum; the page has already shown what blocks closing, if anything.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { closeCasusAction } from "@/lib/monitoring/actions";
import { ZCasusAfsluiten } from "@/lib/monitoring/schema";

export function CasusAfsluitenForm({
  casusnummer,
  version,
  vandaag,
  minTekst,
}: {
  casusnummer: string;
  version: number;
  vandaag: string;
  minTekst: string;
}) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZCasusAfsluiten,
    closeCasusAction,
    { casusnummer, version, einddatum: vandaag },
    {
      onSuccess: () => router.refresh(),
      confirm: {
        title: `Casus ${casusnummer} sluiten?`,
        body: "De casus wordt gesloten. Daarna kan er niets meer aan worden toegevoegd: geen melding, dienst, overdracht of monitoringsmoment. Een nieuwe melding over dit gezin opent een nieuwe casus.",
        confirmLabel: "Casus sluiten",
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl">
      <FormMessages status={status} saved={false} />
      <input type="hidden" {...form.register("version")} />
      <TextInput
        id="einddatum"
        type="date"
        label="Einddatum"
        reg={form.register("einddatum")}
        error={errors.einddatum}
        hint={`De datum waarop de betrokkenheid van Veilig Thuis eindigt: op of na ${minTekst} en niet in de toekomst. Daarna kan er niets meer aan de casus worden toegevoegd.`}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Casus sluiten
      </button>
    </form>
  );
}
