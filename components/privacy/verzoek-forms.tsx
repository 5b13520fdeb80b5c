"use client";
// The privacy officer's forms for AVG requests: register, extend the deadline once, decide.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { Select, TextArea, TextInput } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { besluitVerzoekAction, registreerVerzoekAction, verlengVerzoekAction } from "@/lib/verzoek/actions";
import {
  VERZOEK_BESLUITEN,
  VERZOEK_SOORTEN,
  ZVerzoekBesluit,
  ZVerzoekNieuw,
  ZVerzoekVerlengen,
} from "@/lib/verzoek/schema";

const opties = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

export function VerzoekNieuwForm({ vandaag }: { vandaag: string }) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZVerzoekNieuw,
    registreerVerzoekAction,
    { casusnummer: "", persoonsvolgnummer: "", soort: undefined, ontvangenOp: vandaag, vanWie: "", omschrijving: "" },
    { onSuccess: (r) => router.push(`/privacy/verzoeken/${r.id}`) },
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Verzoek registreren"
      data-hydrated={hydrated || undefined}
      className="max-w-2xl"
    >
      <FormMessages status={status} saved={false} />
      <TextInput id="v-casus" label="Casusnummer" reg={form.register("casusnummer")} error={errors.casusnummer} />
      <TextInput
        id="v-persoon"
        label="Persoonsnummer in de casus"
        hint="Te vinden via Log per cliënt: zoek op BSN of naam."
        inputMode="numeric"
        reg={form.register("persoonsvolgnummer")}
        error={errors.persoonsvolgnummer}
      />
      <Select
        id="v-soort"
        label="Soort verzoek"
        options={opties(VERZOEK_SOORTEN)}
        reg={form.register("soort")}
        error={errors.soort}
      />
      <TextInput
        id="v-ontvangen"
        label="Ontvangen op"
        type="date"
        reg={form.register("ontvangenOp")}
        error={errors.ontvangenOp}
      />
      <TextInput
        id="v-van"
        label="Van wie"
        hint="Bijvoorbeeld: de betrokkene zelf, per brief."
        reg={form.register("vanWie")}
        error={errors.vanWie}
      />
      <TextArea id="v-wat" label="Wat wordt gevraagd" reg={form.register("omschrijving")} error={errors.omschrijving} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Verzoek registreren
      </button>
    </form>
  );
}

export function VerzoekVerlengenForm({ id, version }: { id: number; version: number }) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZVerzoekVerlengen,
    verlengVerzoekAction,
    { id, version, reden: "" },
    { onSuccess: () => router.refresh() },
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Termijn verlengen"
      data-hydrated={hydrated || undefined}
      className="mb-6 max-w-2xl"
    >
      <FormMessages status={status} saved={false} />
      <TextArea
        id="v-verleng"
        label="Reden van de verlenging (twee maanden)"
        reg={form.register("reden")}
        error={errors.reden}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Termijn met twee maanden verlengen
      </button>
    </form>
  );
}

export function VerzoekBesluitForm({
  id,
  version,
  correctie,
  vandaag,
}: {
  id: number;
  version: number;
  correctie: boolean;
  vandaag: string;
}) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZVerzoekBesluit,
    besluitVerzoekAction,
    { id, version, besluit: undefined, besluitOp: vandaag, motivering: "", eigenVerklaring: "" },
    { onSuccess: () => router.refresh() },
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Besluit vastleggen"
      data-hydrated={hydrated || undefined}
      className="max-w-2xl"
    >
      <FormMessages status={status} saved={false} />
      <Select
        id="v-besluit"
        label="Besluit"
        options={opties(VERZOEK_BESLUITEN)}
        reg={form.register("besluit")}
        error={errors.besluit}
      />
      <TextInput
        id="v-besluit-op"
        label="Datum besluit"
        type="date"
        reg={form.register("besluitOp")}
        error={errors.besluitOp}
      />
      <TextArea id="v-motivering" label="Motivering" reg={form.register("motivering")} error={errors.motivering} />
      {correctie && (
        <TextArea
          id="v-verklaring"
          label="Eigen verklaring van de betrokkene"
          hint="Bij een (deels) afgewezen correctie: de eigen verklaring komt in het dossier."
          reg={form.register("eigenVerklaring")}
          error={errors.eigenVerklaring}
        />
      )}
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Besluit vastleggen
      </button>
    </form>
  );
}
