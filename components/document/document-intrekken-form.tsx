"use client";
// The teamleider withdraws a document with a reason; it leaves the dossier and stays for the audit.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { TextArea } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { withdrawDocumentAction } from "@/lib/document/actions";
import { ZDocumentIntrekken } from "@/lib/document/schema";

export function DocumentIntrekkenForm({ id, version, titel }: { id: string; version: number; titel: string }) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZDocumentIntrekken,
    withdrawDocumentAction,
    { id, version, reden: "" },
    {
      onSuccess: () => router.refresh(),
      confirm: {
        title: `Document "${titel}" intrekken?`,
        body: "Het document verdwijnt uit het dossier. Het blijft bewaard voor de verantwoording.",
        confirmLabel: "Intrekken",
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessages status={status} saved={false} />
      <TextArea id={`reden-${id}`} label="Reden van intrekken" reg={form.register("reden")} error={errors.reden} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Document intrekken
      </button>
    </form>
  );
}
