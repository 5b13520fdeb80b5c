"use client";
// The team lead assigns a casus to a case manager. The form carries the casus version: when someone else
// assigned it meanwhile, the server refuses and names them.
import { useEffect } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Select } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { ZAssignCasemanager } from "@/lib/casus/schema";
import { assignCasemanagerAction } from "@/lib/casus/actions";
import { useAnnounce } from "./assign-status";

type Props = {
  casusId: number;
  version: number;
  nummer: string;
  huidigId: number | null;
  opties: { id: number; naam: string }[];
};

export function AssignCasemanagerForm({ casusId, version, nummer, huidigId, opties }: Props) {
  const announce = useAnnounce();
  const { form, onSubmit, saved, errors, status } = useActionForm(
    ZAssignCasemanager,
    assignCasemanagerAction,
    { casusId, version, casemanagerId: "" },
    (r) => announce?.(`Casus ${r.nummer} is toegewezen aan ${r.naam}.`),
  );
  useEffect(() => {
    form.setValue("version", version);
  }, [form, version]);
  const id = `casus-${casusId}-casemanager`;
  return (
    <form onSubmit={onSubmit} noValidate className="min-w-56">
      <FormMessages status={status} saved={saved && !announce} savedText="Toegewezen." />
      <input type="hidden" {...form.register("casusId")} />
      <input type="hidden" {...form.register("version")} />
      <Select
        id={id}
        label="Casemanager"
        error={errors.casemanagerId}
        reg={form.register("casemanagerId")}
        options={opties.filter((o) => o.id !== huidigId).map((o) => ({ value: String(o.id), label: o.naam }))}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Opslaan<span className="sr-only"> casemanager voor casus {nummer}</span>
      </button>
    </form>
  );
}
