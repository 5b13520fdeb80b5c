"use client";
// The inzage function: the privacy officer reads the journaalregels about the person and marks which may be shared
// in the afschrift (regels that hold data of others stay out); then downloads the afschrift as a PDF.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { kiesDeelbareRegelsAction } from "@/lib/afschrift/actions";
import { ZDeelbareRegels } from "@/lib/afschrift/schema";

type Regel = { id: number; kop: string; verslag: string; aanvullingen: string[]; deelbaar: boolean };

export function AfschriftRegelsForm({ id, regels, open }: { id: number; regels: Regel[]; open: boolean }) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZDeelbareRegels,
    kiesDeelbareRegelsAction,
    { id, regelIds: regels.filter((r) => r.deelbaar).map((r) => String(r.id)) },
    { onSuccess: () => router.refresh() },
  );
  if (regels.length === 0) return <p className="mb-3">Er zijn geen vastgelegde journaalregels over deze persoon.</p>;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Deelbare journaalregels" data-hydrated={hydrated || undefined}>
      <FormMessages status={status} />
      <fieldset className="mb-3" disabled={!open}>
        <legend className="mb-2 font-medium">Welke journaalregels mogen in het afschrift</legend>
        <ul className="space-y-2">
          {regels.map((r) => (
            <li key={r.id} className="rounded border border-slate-300 bg-white p-3" data-testid="afschrift-regel">
              <label className="flex items-start gap-2">
                <input type="checkbox" value={String(r.id)} className="mt-1" {...form.register("regelIds")} />
                <span>
                  <span className="block font-medium">{r.kop}</span>
                  <span className="block whitespace-pre-wrap">{r.verslag}</span>
                  {r.aanvullingen.map((a, i) => (
                    <span key={i} className="block text-sm whitespace-pre-wrap">
                      {a}
                    </span>
                  ))}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {errors.regelIds && <p className="text-red-800">{errors.regelIds.message}</p>}
      </fieldset>
      {open && (
        <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
          Keuze opslaan
        </button>
      )}
    </form>
  );
}
