"use client";
// The teamleider shields a dossier (e.g. a colleague's family) and chooses who may read it.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { TextArea } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { setAfschermingAction } from "@/lib/afscherming/actions";
import { ZAfscherming } from "@/lib/afscherming/schema";

export function AfschermingForm({
  casusnummer,
  afgeschermd,
  gekozen,
  kandidaten,
}: {
  casusnummer: string;
  afgeschermd: boolean;
  gekozen: string[];
  kandidaten: { username: string; label: string }[];
}) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZAfscherming,
    setAfschermingAction,
    { casusnummer, afgeschermd: "ja", gebruikers: gekozen, reden: "" },
    // Back to the dossier, whose note says whether it is afgeschermd.
    { onSuccess: () => router.push(`/casussen/${casusnummer}`) },
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Dossier afschermen"
      className="max-w-3xl"
      data-hydrated={hydrated || undefined}
    >
      <FormMessages status={status} saved={false} />
      <fieldset className="mb-3">
        <legend className="mb-1 font-medium">Wie mag het dossier lezen (naast de casemanager en uzelf)</legend>
        <div className="grid max-h-60 grid-cols-1 gap-1 overflow-y-auto sm:grid-cols-2">
          {kandidaten.map((k) => (
            <label key={k.username} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={k.username} {...form.register("gebruikers")} /> {k.label}
            </label>
          ))}
        </div>
        {errors.gebruikers && <p className="text-red-800">{errors.gebruikers.message}</p>}
      </fieldset>
      <input type="hidden" {...form.register("afgeschermd")} />
      <TextArea id="afscherming-reden" label="Reden" reg={form.register("reden")} error={errors.reden} />
      <div className="flex gap-3">
        <button
          type="submit"
          className={buttonClass}
          disabled={form.formState.isSubmitting}
          onClick={() => form.setValue("afgeschermd", "ja")}
        >
          {afgeschermd ? "Lijst opslaan" : "Dossier afschermen"}
        </button>
        {afgeschermd && (
          <button
            type="submit"
            className="rounded border border-slate-500 px-3 py-2"
            disabled={form.formState.isSubmitting}
            onClick={() => form.setValue("afgeschermd", "nee")}
          >
            Afscherming opheffen
          </button>
        )}
      </div>
    </form>
  );
}
