"use client";
// Record an overdracht: after which step, to whom, which help, on which date, and for which betrokkenen.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { CodeSelect, Select, TextArea, TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass, describedBy } from "@/components/forms/field";
import { addOverdrachtAction } from "@/lib/overdracht/actions";
import { ZOverdracht } from "@/lib/overdracht/schema";
import type { OverdrachtBron } from "@/lib/overdracht/queries";

type Props = {
  casusnummer: string;
  bronnen: OverdrachtBron[];
  betrokkenen: { id: number; label: string }[];
  vandaag: string;
  naSucces: string;
};

export function OverdrachtForm({ casusnummer, bronnen, betrokkenen, vandaag, naSucces }: Props) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZOverdracht,
    addOverdrachtAction,
    {
      casusnummer,
      bron: bronnen.length === 1 ? bronnen[0].value : "",
      datum: vandaag,
      partij: "",
      hulp: "",
      betrokkeneIds: [],
      toelichting: "",
    },
    () => {
      router.push(naSucces);
      router.refresh();
    },
  );
  const betrokkeneFout = errors.betrokkeneIds?.message as string | undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormMessages status={status} saved={false} />
      <Select
        id="bron"
        label="Overdracht na"
        reg={form.register("bron")}
        error={errors.bron}
        hint="De veiligheidsbeoordeling of de afgesloten dienst waarna u overdraagt. Daaruit volgt het moment van overdracht."
        options={bronnen.map((b) => ({ value: b.value, label: b.label }))}
      />
      <TextInput
        id="datum"
        type="date"
        label="Datum overdracht"
        reg={form.register("datum")}
        error={errors.datum}
        hint="Niet vóór de veiligheidsbeoordeling of het einde van de dienst, en niet in de toekomst."
      />
      <CodeSelect
        id="partij"
        label="Partij"
        lijst="I"
        reg={form.register("partij")}
        error={errors.partij}
        hint="Aan wie de vervolghulp is overgedragen."
      />
      <CodeSelect
        id="hulp"
        label="Hulp"
        lijst="J"
        reg={form.register("hulp")}
        error={errors.hulp}
        hint="Was de hulp er al, of is die nieuw ingezet?"
      />
      <fieldset
        className="mb-4"
        aria-describedby={describedBy("betrokkeneIds", betrokkeneFout, "hint")}
        aria-invalid={!!betrokkeneFout}
      >
        <legend className="mb-1 font-medium">Betrokkenen</legend>
        <p id="betrokkeneIds-hint" className="mb-1 text-sm text-slate-600">
          Voor wie geldt deze overdracht? Kies ten minste één persoon; CBS telt overdrachten per persoon.
        </p>
        <div className="grid gap-1">
          {betrokkenen.map((b) => (
            <label key={b.id} className="flex items-start gap-2">
              <input type="checkbox" value={String(b.id)} className="mt-1" {...form.register("betrokkeneIds")} />
              <span>{b.label}</span>
            </label>
          ))}
        </div>
        {betrokkeneFout && (
          <p id="betrokkeneIds-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {betrokkeneFout}
          </p>
        )}
      </fieldset>
      <TextArea id="toelichting" label="Toelichting" reg={form.register("toelichting")} error={errors.toelichting} />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Overdracht vastleggen
      </button>
    </form>
  );
}
