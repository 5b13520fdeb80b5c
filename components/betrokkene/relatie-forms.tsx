"use client";
// On the persoonsoverzicht: add a relation of this person to another betrokkene of the casus, remove one, link a
// person of another casus as the same person (with a reason), and undo such a link.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { Select, TextArea } from "@/components/forms/inputs";
import {
  addRelatieAction,
  koppelPersoonAction,
  ontkoppelPersoonAction,
  removeRelatieAction,
} from "@/lib/betrokkene/relatie-actions";
import {
  RELATIE_KEUZES,
  ZKoppeling,
  ZOntkoppelen,
  ZRelatie,
  ZRelatieVerwijderen,
} from "@/lib/betrokkene/relatie-schema";

type Optie = { value: string; label: string };
const KEUZE_OPTIES: Optie[] = Object.entries(RELATIE_KEUZES).map(([value, label]) => ({ value, label }));
const kleineKnop = "rounded border border-red-800 px-2 py-0.5 text-sm text-red-900 hover:bg-red-50";

export function RelatieForm({
  casusnummer,
  betrokkeneId,
  naam,
  anderen,
}: {
  casusnummer: string;
  betrokkeneId: number;
  naam: string;
  anderen: Optie[];
}) {
  const router = useRouter();
  const { form, onSubmit, status, errors, hydrated } = useActionForm(
    ZRelatie,
    addRelatieAction,
    { casusnummer, betrokkeneId, keuze: "", andereId: "" },
    { onSuccess: () => router.refresh(), resetOnSuccess: true },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Relatie toevoegen" data-hydrated={hydrated || undefined}>
      <FormMessages status={status} saved={false} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Select
          id="relatie-keuze"
          label={`${naam} is …`}
          options={KEUZE_OPTIES}
          reg={form.register("keuze")}
          error={errors.keuze}
        />
        <Select
          id="relatie-andere"
          label="van / over"
          options={anderen}
          reg={form.register("andereId")}
          error={errors.andereId}
        />
      </div>
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Relatie toevoegen
      </button>
    </form>
  );
}

export function RelatieVerwijderen({
  casusnummer,
  relatieId,
  tekst,
}: {
  casusnummer: string;
  relatieId: number;
  tekst: string;
}) {
  const router = useRouter();
  const { form, onSubmit, status } = useActionForm(
    ZRelatieVerwijderen,
    removeRelatieAction,
    { casusnummer, relatieId },
    {
      onSuccess: () => router.refresh(),
      confirm: { title: "Relatie verwijderen?", body: `"${tekst}" wordt verwijderd.`, confirmLabel: "Verwijderen" },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="inline">
      <FormMessages status={status} saved={false} />
      <button type="submit" className={kleineKnop} disabled={form.formState.isSubmitting}>
        Verwijderen<span className="sr-only"> relatie {tekst}</span>
      </button>
    </form>
  );
}

export function KoppelForm({
  casusnummer,
  betrokkeneId,
  suggesties,
}: {
  casusnummer: string;
  betrokkeneId: number;
  suggesties: Optie[];
}) {
  const router = useRouter();
  const { form, onSubmit, status, errors, hydrated } = useActionForm(
    ZKoppeling,
    koppelPersoonAction,
    { casusnummer, betrokkeneId, andereId: "", reden: "" },
    { onSuccess: () => router.refresh(), resetOnSuccess: true },
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Koppelen als dezelfde persoon"
      data-hydrated={hydrated || undefined}
    >
      <FormMessages status={status} saved={false} />
      <Select
        id="koppel-andere"
        label="Mogelijk dezelfde persoon"
        hint="Betrokkenen in andere casussen met dezelfde achternaam en geboortedatum."
        options={suggesties}
        reg={form.register("andereId")}
        error={errors.andereId}
      />
      <TextArea
        id="koppel-reden"
        label="Waarom is dit dezelfde persoon?"
        reg={form.register("reden")}
        error={errors.reden}
        hint="Bijvoorbeeld: zelfde adres en ouders; bevestigd door de moeder. Hoogstens 500 tekens."
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Koppelen
      </button>
    </form>
  );
}

export function Ontkoppelen({
  casusnummer,
  koppelingId,
  naam,
}: {
  casusnummer: string;
  koppelingId: number;
  naam: string;
}) {
  const router = useRouter();
  const { form, onSubmit, status } = useActionForm(
    ZOntkoppelen,
    ontkoppelPersoonAction,
    { casusnummer, koppelingId },
    {
      onSuccess: () => router.refresh(),
      confirm: {
        title: "Koppeling ongedaan maken?",
        body: `${naam} wordt niet langer als dezelfde persoon getoond.`,
        confirmLabel: "Ontkoppelen",
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="inline">
      <FormMessages status={status} saved={false} />
      <button type="submit" className={kleineKnop} disabled={form.formState.isSubmitting}>
        Ontkoppelen<span className="sr-only"> {naam}</span>
      </button>
    </form>
  );
}
