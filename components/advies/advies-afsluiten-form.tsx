"use client";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { ZAdviesAfsluiten } from "@/lib/advies/schema";
import { closeAdviesAction } from "@/lib/advies/actions";

export function AdviesAfsluitenForm({
  adviesNummer,
  version,
  vandaag,
  laatsteContact,
}: {
  adviesNummer: string;
  version: number;
  vandaag: string;
  laatsteContact: string | null;
}) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZAdviesAfsluiten,
    closeAdviesAction,
    { adviesNummer, version, einddatum: laatsteContact ?? vandaag },
    {
      onSuccess: () => router.refresh(),
      confirm: {
        title: `Advies ${adviesNummer} afsluiten?`,
        body: "Het advies wordt afgesloten. Daarna kunnen er geen contacten meer worden toegevoegd en kan het niet meer worden omgezet naar een melding.",
        confirmLabel: "Advies afsluiten",
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Advies afsluiten">
      <FormMessages status={status} saved={false} />
      <TextInput
        id="einddatum"
        label="Einddatum"
        type="date"
        reg={form.register("einddatum")}
        error={errors.einddatum}
        hint="Datum van het laatste contact: niet vóór de startdatum of een eerder contact, niet in de toekomst. Na afsluiten kan niets meer worden toegevoegd."
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Advies afsluiten
      </button>
    </form>
  );
}
