"use client";
// Betrokkene toevoegen to an open casus later: search first in the radar, as on the melding form, then use the
// known person or enter a new one; with the reason.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { TextArea } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { BetrokkeneCard } from "@/components/melding/betrokkene-card";
import { legeBetrokkene, type MeldingFormApi } from "@/components/melding/types";
import type { RadarPersoon } from "@/lib/betrokkene/radar";
import { addBetrokkeneLaterAction } from "@/lib/correctie/actions";
import { ZBetrokkeneToevoegen } from "@/lib/correctie/schema";

export function BetrokkeneToevoegenForm({ casusnummer }: { casusnummer: string }) {
  const router = useRouter();
  const [bekend, setBekend] = useState<RadarPersoon | undefined>();
  const { form, onSubmit, errors, status } = useActionForm(
    ZBetrokkeneToevoegen,
    addBetrokkeneLaterAction,
    { casusnummer, reden: "", betrokkenen: [legeBetrokkene()] },
    () => {
      router.push(`/casussen/${casusnummer}#betrokkenen`);
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormMessages status={status} saved={false} />
      <BetrokkeneCard
        form={form as unknown as MeldingFormApi}
        i={0}
        bekend={bekend}
        onBekend={(p) => setBekend(p ?? undefined)}
      />
      <TextArea
        id="reden"
        label="Reden van de correctie"
        reg={form.register("reden")}
        error={errors.reden}
        hint="Waarom deze persoon nu pas wordt toegevoegd. Komt in de wijzigingshistorie."
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Betrokkene toevoegen
      </button>
    </form>
  );
}
