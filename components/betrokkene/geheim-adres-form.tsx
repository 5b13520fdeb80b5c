"use client";
// Geheim adres on or off, with the reason (lib/betrokkene/geheim-adres.ts).
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { TextArea } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { setGeheimAdresAction } from "@/lib/betrokkene/geheim-adres-actions";
import { ZGeheimAdres } from "@/lib/betrokkene/geheim-adres-schema";

export function GeheimAdresForm({ casusnummer, id, geheim }: { casusnummer: string; id: number; geheim: boolean }) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZGeheimAdres,
    setGeheimAdresAction,
    { casusnummer, id, geheim: geheim ? "nee" : "ja", reden: "" },
    { onSuccess: () => router.refresh() },
  );
  const label = geheim ? "Afscherming van het adres opheffen" : "Adres afschermen (geheim adres)";
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} data-hydrated={hydrated || undefined} className="mb-6">
      <h2 className="mb-2 text-lg font-semibold">{label}</h2>
      <p className="mb-2 text-sm">
        Een geheim adres zien alleen de casemanager van de casus en de teamleider; voor anderen staat er
        &ldquo;afgeschermd&rdquo;, ook in een afschrift voor een andere betrokkene.
      </p>
      <FormMessages status={status} saved={false} />
      <TextArea id={`geheim-reden-${id}`} label="Reden" reg={form.register("reden")} error={errors.reden} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        {geheim ? "Afscherming opheffen" : "Adres afschermen"}
      </button>
    </form>
  );
}
