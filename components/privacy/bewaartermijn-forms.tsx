"use client";
// The privacy officer's decision per dossier past its bewaartermijn: destroy it (asked to confirm), or keep it
// until a later day with a motivation.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { TextArea, TextInput } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { verlengBewarenAction, vernietigDossierAction } from "@/lib/bewaartermijn/actions";
import { ZBewarenVerlengen, ZVernietigen } from "@/lib/bewaartermijn/schema";

export function VernietigForm({ casusnummer }: { casusnummer: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZVernietigen,
    vernietigDossierAction,
    { casusnummer, reden: "Bewaartermijn verstreken." },
    { onSuccess: () => router.refresh() },
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setAsking(true);
      }}
      noValidate
      aria-label={`Vernietigen ${casusnummer}`}
      data-hydrated={hydrated || undefined}
    >
      <FormMessages status={status} saved={false} />
      <TextInput id={`reden-${casusnummer}`} label="Reden" reg={form.register("reden")} error={errors.reden} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Vernietigen
      </button>
      <ConfirmDialog
        open={asking}
        title={`Dossier ${casusnummer} vernietigen?`}
        body="Alle persoonsgegevens, vrije teksten, het journaal en de documenten van dit dossier worden definitief verwijderd. Alleen het casusnummer, de data en de aan het CBS geleverde codes blijven. Dit kan niet ongedaan worden gemaakt."
        confirmLabel="Definitief vernietigen"
        onConfirm={() => {
          setAsking(false);
          void onSubmit();
        }}
        onCancel={() => setAsking(false)}
      />
    </form>
  );
}

export function VerlengForm({ casusnummer }: { casusnummer: string }) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZBewarenVerlengen,
    verlengBewarenAction,
    { casusnummer, vanaf: "", motivering: "" },
    { onSuccess: () => router.refresh() },
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`Langer bewaren ${casusnummer}`}
      data-hydrated={hydrated || undefined}
    >
      <FormMessages status={status} saved={false} />
      <TextInput
        id={`vanaf-${casusnummer}`}
        label="Vernietigen vanaf"
        type="date"
        reg={form.register("vanaf")}
        error={errors.vanaf}
      />
      <TextArea
        id={`motivering-${casusnummer}`}
        label="Motivering"
        reg={form.register("motivering")}
        error={errors.motivering}
      />
      <button
        type="submit"
        className="rounded border border-slate-500 px-3 py-2"
        disabled={form.formState.isSubmitting}
      >
        Langer bewaren
      </button>
    </form>
  );
}
