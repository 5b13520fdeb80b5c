"use client";
// Marks one item of Te controleren as gecontroleerd, with the privacy officer's remark.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { TextArea } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { markeerGecontroleerdAction } from "@/lib/privacy/actions";
import { ZControle } from "@/lib/privacy/controle-schema";

export function ControleForm({ sleutel, label }: { sleutel: string; label: string }) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZControle,
    markeerGecontroleerdAction,
    { sleutel, opmerking: "" },
    { onSuccess: () => router.refresh() },
  );
  const id = `controle-${sleutel.replace(/[^a-z0-9]/gi, "-")}`;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Controle: ${label}`} data-hydrated={hydrated || undefined}>
      <FormMessages status={status} saved={false} />
      <TextArea id={id} label="Opmerking" reg={form.register("opmerking")} error={errors.opmerking} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Gecontroleerd
      </button>
    </form>
  );
}
