"use client";
// A new task: title, due date, optional casus and (teamleider) someone else to do it.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { Select, TextArea, TextInput } from "@/components/forms/inputs";
import { ZTaakNieuw } from "@/lib/taak/schema";
import { createTaakAction } from "@/lib/taak/actions";

export function TaakForm({ vandaag, ontvangers }: { vandaag: string; ontvangers: { value: string; label: string }[] }) {
  const router = useRouter();
  const { form, onSubmit, status, errors, hydrated } = useActionForm(
    ZTaakNieuw,
    createTaakAction,
    { titel: "", toelichting: "", deadline: vandaag, casusnummer: "", toegewezenAanId: "" },
    { onSuccess: () => router.refresh(), resetOnSuccess: true },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Nieuwe taak" data-hydrated={hydrated || undefined}>
      <FormMessages status={status} saved={status.saved} />
      <TextInput id="titel" label="Titel" reg={form.register("titel")} error={errors.titel} />
      <TextInput
        id="deadline"
        label="Uiterlijk op"
        type="date"
        reg={form.register("deadline")}
        error={errors.deadline}
      />
      <TextInput
        id="casusnummer"
        label="Casus (optioneel)"
        reg={form.register("casusnummer")}
        error={errors.casusnummer}
        hint="Bijvoorbeeld C2026-12."
      />
      {ontvangers.length > 0 && (
        <Select
          id="toegewezenAanId"
          label="Uitvoerder"
          options={ontvangers}
          empty="Mijzelf"
          reg={form.register("toegewezenAanId")}
          error={errors.toegewezenAanId}
        />
      )}
      <TextArea
        id="toelichting"
        label="Toelichting (optioneel)"
        reg={form.register("toelichting")}
        error={errors.toelichting}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Taak toevoegen
      </button>
    </form>
  );
}
