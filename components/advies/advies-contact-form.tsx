"use client";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextArea, TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { ZAdviesContact } from "@/lib/advies/schema";
import { addAdviesContactAction } from "@/lib/advies/actions";

export function AdviesContactForm({ adviesNummer, vandaag }: { adviesNummer: string; vandaag: string }) {
  const router = useRouter();
  const reset = useRef<() => void>(() => {});
  const { form, onSubmit, saved, errors, status } = useActionForm(
    ZAdviesContact,
    addAdviesContactAction,
    { adviesNummer, datum: vandaag, notitie: "" },
    () => {
      reset.current();
      router.refresh();
    },
  );
  useEffect(() => {
    reset.current = () => form.setValue("notitie", "");
  }, [form]);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Contact toevoegen">
      <FormMessages status={status} saved={saved} savedText="Contact toegevoegd." />
      <div className="grid gap-x-6 sm:grid-cols-[12rem_1fr]">
        <TextInput
          id="contact-datum"
          label="Datum contact"
          type="date"
          reg={form.register("datum")}
          error={errors.datum}
        />
        <TextArea
          id="contact-notitie"
          label="Notitie"
          reg={form.register("notitie")}
          error={errors.notitie}
          hint="Wat is besproken en geadviseerd; geen persoonsgegevens van het gezin."
        />
      </div>
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Contact toevoegen
      </button>
    </form>
  );
}
