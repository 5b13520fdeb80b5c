"use client";
import { useRouter } from "next/navigation";
import { ZMaakLevering } from "@/lib/levering/schema";
import { maakLeveringAction } from "@/lib/levering/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Select } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";

export function MaakLeveringForm({ perioden }: { perioden: { value: string; label: string }[] }) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZMaakLevering,
    maakLeveringAction,
    { periode: perioden[0]?.value ?? "", soort: "R" },
    (d) => router.push(`/leveringen/${d.id}`),
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated || undefined}
      className="max-w-md rounded border border-slate-300 bg-white p-4"
    >
      <h2 className="mb-3 text-lg font-semibold">Levering maken</h2>
      <FormMessages status={status} saved={false} />
      <Select id="periode" label="Periode" error={errors.periode} reg={form.register("periode")} options={perioden} />
      <fieldset className="mb-4">
        <legend className="mb-1 font-medium">Soort levering</legend>
        <label className="mr-4">
          <input type="radio" value="R" {...form.register("soort")} /> Regulier
        </label>
        <label>
          <input type="radio" value="C" {...form.register("soort")} /> Correctie
        </label>
        {errors.soort?.message && (
          <p role="alert" className="text-sm text-red-700">
            {errors.soort.message}
          </p>
        )}
      </fieldset>
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Levering maken
      </button>
    </form>
  );
}

/** One button: the correctie-levering of a period whose records changed after its final delivery. */
export function CorrectieLeveringKnop({ periode, label }: { periode: string; label: string }) {
  const router = useRouter();
  const { form, onSubmit, status } = useActionForm(ZMaakLevering, maakLeveringAction, { periode, soort: "C" }, (d) =>
    router.push(`/leveringen/${d.id}`),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2">
      <FormMessages status={status} saved={false} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Correctielevering {label} maken
      </button>
    </form>
  );
}
