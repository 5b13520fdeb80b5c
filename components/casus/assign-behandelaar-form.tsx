"use client";
// The team lead (re)assigns a melding awaiting its veiligheidsbeoordeling to a triage worker.
import { useEffect } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Select } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { ZAssignBehandelaar } from "@/lib/casus/schema";
import { assignBehandelaarAction } from "@/lib/casus/actions";
import { useAnnounce } from "./assign-status";

type Props = {
  meldingId: number;
  version: number;
  nummer: string;
  huidigId: number | null;
  opties: { id: number; naam: string }[];
};

export function AssignBehandelaarForm({ meldingId, version, nummer, huidigId, opties }: Props) {
  const announce = useAnnounce();
  const { form, onSubmit, saved, errors, status } = useActionForm(
    ZAssignBehandelaar,
    assignBehandelaarAction,
    { meldingId, version, behandelaarId: "" },
    (r) => announce?.(`Melding ${r.nummer} is toegewezen aan ${r.naam}.`),
  );
  useEffect(() => {
    form.setValue("version", version);
  }, [form, version]);
  return (
    <form onSubmit={onSubmit} noValidate className="min-w-56">
      <FormMessages status={status} saved={saved && !announce} savedText="Toegewezen." />
      <input type="hidden" {...form.register("meldingId")} />
      <input type="hidden" {...form.register("version")} />
      <Select
        id={`melding-${meldingId}-behandelaar`}
        label="Behandelaar"
        error={errors.behandelaarId}
        reg={form.register("behandelaarId")}
        options={opties.filter((o) => o.id !== huidigId).map((o) => ({ value: String(o.id), label: o.naam }))}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Opslaan<span className="sr-only"> behandelaar voor melding {nummer}</span>
      </button>
    </form>
  );
}
