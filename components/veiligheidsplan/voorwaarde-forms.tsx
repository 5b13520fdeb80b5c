"use client";
// A voorwaarde of the veiligheidsplan: agree a new one, change one (with the reason, kept in the history), end one.
import { useRouter } from "next/navigation";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { TextArea, TextInput } from "@/components/forms/inputs";
import { addVoorwaardeAction, beeindigVoorwaardeAction, wijzigVoorwaardeAction } from "@/lib/veiligheidsplan/actions";
import { ZVoorwaarde, ZVoorwaardeBeeindigen, ZVoorwaardeWijzigen } from "@/lib/veiligheidsplan/schema";

type VoorwaardeVelden = {
  omschrijving: string;
  wie: string;
  perDatum: string;
  controle: string;
  afgesprokenOp: string;
};

function Velden({
  reg,
  errors,
}: {
  reg: (veld: keyof VoorwaardeVelden) => UseFormRegisterReturn;
  errors: Partial<Record<keyof VoorwaardeVelden, { message?: string }>>;
}) {
  return (
    <>
      <TextArea
        id="omschrijving"
        label="Omschrijving"
        reg={reg("omschrijving")}
        error={errors.omschrijving}
        hint="Wat moet er gebeuren of juist niet, concreet en controleerbaar. Hoogstens 500 tekens."
      />
      <TextInput
        id="wie"
        label="Wie"
        reg={reg("wie")}
        error={errors.wie}
        hint="Wie houdt zich eraan of voert het uit, bijvoorbeeld: vader, moeder, wijkteam."
      />
      <TextInput id="perDatum" type="date" label="Per wanneer" reg={reg("perDatum")} error={errors.perDatum} />
      <TextArea
        id="controle"
        label="Hoe gecontroleerd"
        reg={reg("controle")}
        error={errors.controle}
        hint="Hoe Veilig Thuis nagaat of de voorwaarde wordt nagekomen, bijvoorbeeld: navraag bij school."
      />
      <TextInput
        id="afgesprokenOp"
        type="date"
        label="Afgesproken op"
        reg={reg("afgesprokenOp")}
        error={errors.afgesprokenOp}
      />
    </>
  );
}

/** After saving, back to the plan of the casus (its data fresh from the server). */
function useNaarPlan(casusnummer: string) {
  const router = useRouter();
  return () => {
    router.push(`/casussen/${casusnummer}/veiligheidsplan`);
    router.refresh();
  };
}

export function VoorwaardeNieuwForm({ casusnummer, vandaag }: { casusnummer: string; vandaag: string }) {
  const naarPlan = useNaarPlan(casusnummer);
  const { form, onSubmit, status, errors, hydrated } = useActionForm(
    ZVoorwaarde,
    addVoorwaardeAction,
    { casusnummer, omschrijving: "", wie: "", perDatum: vandaag, controle: "", afgesprokenOp: vandaag },
    naarPlan,
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl" data-hydrated={hydrated || undefined}>
      <FormMessages status={status} saved={false} />
      <Velden reg={(v) => form.register(v)} errors={errors} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Voorwaarde toevoegen
      </button>
    </form>
  );
}

export function VoorwaardeWijzigenForm({
  casusnummer,
  id,
  version,
  waarden,
}: {
  casusnummer: string;
  id: number;
  version: number;
  waarden: VoorwaardeVelden;
}) {
  const naarPlan = useNaarPlan(casusnummer);
  const { form, onSubmit, status, errors, hydrated } = useActionForm(
    ZVoorwaardeWijzigen,
    wijzigVoorwaardeAction,
    { casusnummer, id, version, reden: "", ...waarden },
    naarPlan,
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-2xl"
      aria-label="Voorwaarde wijzigen"
      data-hydrated={hydrated || undefined}
    >
      <FormMessages status={status} saved={false} />
      <Velden reg={(v) => form.register(v)} errors={errors} />
      <TextArea
        id="reden"
        label="Reden van de wijziging"
        reg={form.register("reden")}
        error={errors.reden}
        hint="Komt in de wijzigingshistorie, met de oude en de nieuwe waarden."
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Wijziging opslaan
      </button>
    </form>
  );
}

export function VoorwaardeBeeindigenForm({
  casusnummer,
  id,
  version,
  vandaag,
}: {
  casusnummer: string;
  id: number;
  version: number;
  vandaag: string;
}) {
  const naarPlan = useNaarPlan(casusnummer);
  const { form, onSubmit, status, errors, hydrated } = useActionForm(
    ZVoorwaardeBeeindigen,
    beeindigVoorwaardeAction,
    { casusnummer, id, version, beeindigdOp: vandaag, reden: "" },
    naarPlan,
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-2xl"
      aria-label="Voorwaarde beëindigen"
      data-hydrated={hydrated || undefined}
    >
      <FormMessages status={status} saved={false} />
      <TextInput
        id="beeindigdOp"
        type="date"
        label="Beëindigd op"
        reg={form.register("beeindigdOp")}
        error={errors.beeindigdOp}
        hint="Vanaf de dag erna wordt de voorwaarde niet meer beoordeeld bij de monitoring."
      />
      <TextArea id="beeindig-reden" label="Reden van beëindigen" reg={form.register("reden")} error={errors.reden} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Voorwaarde beëindigen
      </button>
    </form>
  );
}
