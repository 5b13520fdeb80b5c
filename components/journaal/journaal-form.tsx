"use client";
// A journaalregel: when, what kind of contact, with whom, the verslag, what it belongs to and whether it is an
// important event. "Opslaan als concept" keeps it the author's own; "Vastleggen" fixes it for good.
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Select, TextArea, TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { saveJournaalRegelAction } from "@/lib/journaal/actions";
import { ZJournaalRegel, type TJournaalRegelInput } from "@/lib/journaal/schema";
import { JOURNAAL_SOORTEN, VERSLAG_MAX } from "@/lib/journaal/soorten";
import { toAmsterdamInput } from "@/lib/domain/datum-tijd";

export type JournaalFormProps = {
  casusnummer: string;
  betrokkenen: { id: number; naam: string }[];
  koppelingen: { value: string; label: string }[];
  values: TJournaalRegelInput;
};

const secondaryButton = "rounded border border-blue-800 px-4 py-2 font-medium text-blue-900 hover:bg-blue-50";

export function JournaalForm({ casusnummer, betrokkenen, koppelingen, values }: JournaalFormProps) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(ZJournaalRegel, saveJournaalRegelAction, values, {
    onSuccess: () => {
      router.push(`/casussen/${casusnummer}#journaal`);
      router.refresh();
    },
    confirm: (v) =>
      v.vastleggen
        ? {
            title: "Journaalregel vastleggen?",
            body: "Na vastleggen kan de regel niet meer worden gewijzigd of verwijderd. Een vergissing of aanvulling zet u er daarna als aanvulling onder.",
            confirmLabel: "Vastleggen",
          }
        : null,
  });
  // A new regel starts at the user's own "now" (the browser's clock, which also judges "not in the future").
  useEffect(() => {
    if (!form.getValues("datumTijd")) form.setValue("datumTijd", toAmsterdamInput(new Date()));
  }, [form]);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl" data-hydrated={hydrated || undefined}>
      <FormMessages status={status} saved={false} />
      <TextInput
        id="datumTijd"
        type="datetime-local"
        label="Datum en tijd"
        reg={form.register("datumTijd")}
        error={errors.datumTijd}
        hint="Wanneer het contact was. Niet in de toekomst."
      />
      <Select
        id="soort"
        label="Soort"
        reg={form.register("soort")}
        error={errors.soort}
        options={Object.entries(JOURNAAL_SOORTEN).map(([value, label]) => ({ value, label }))}
      />
      {betrokkenen.length > 0 && (
        <fieldset className="mb-4" aria-describedby={errors.metWieBetrokkenen ? "metWieBetrokkenen-error" : undefined}>
          <legend className="mb-1 font-medium">Met wie: betrokkenen</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {betrokkenen.map((b) => (
              <label key={b.id} className="flex items-start gap-2">
                <input type="checkbox" value={String(b.id)} className="mt-1" {...form.register("metWieBetrokkenen")} />
                <span>{b.naam}</span>
              </label>
            ))}
          </div>
          {errors.metWieBetrokkenen?.message && (
            <p id="metWieBetrokkenen-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
              {errors.metWieBetrokkenen.message}
            </p>
          )}
        </fieldset>
      )}
      <TextInput
        id="metWie"
        label="Met wie: anderen"
        reg={form.register("metWie")}
        error={errors.metWie}
        hint='Bijvoorbeeld "leerkracht basisschool" of "wijkagent". Hoogstens 200 tekens.'
      />
      <TextArea
        id="verslag"
        label="Verslag"
        reg={form.register("verslag")}
        error={errors.verslag}
        hint={`Wat er is besproken of gezien. Hoogstens ${VERSLAG_MAX.toLocaleString("nl-NL")} tekens; regelafbrekingen blijven bewaard.`}
      />
      <Select
        id="hoortBij"
        label="Hoort bij"
        reg={form.register("hoortBij")}
        error={errors.hoortBij}
        options={koppelingen}
        empty="de casus als geheel"
      />
      <div className="mb-4">
        <label className="flex items-center gap-2">
          <input type="checkbox" {...form.register("belangrijk")} />
          <span>Belangrijke gebeurtenis (komt in de chronologie)</span>
        </label>
      </div>
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          className={secondaryButton}
          disabled={form.formState.isSubmitting}
          onClick={() => form.setValue("vastleggen", false)}
        >
          Opslaan als concept
        </button>
        <button
          type="submit"
          className={buttonClass}
          disabled={form.formState.isSubmitting}
          onClick={() => form.setValue("vastleggen", true)}
        >
          Vastleggen
        </button>
      </div>
    </form>
  );
}
