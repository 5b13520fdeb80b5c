"use client";
import { ZInstellingen, type TInstellingen } from "@/lib/beheer/schema";
import { saveInstellingenAction } from "@/lib/beheer/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Select, TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { BEWAARTERMIJN_GRONDSLAG, LEVERING_GRONDSLAG } from "@/lib/bewaartermijn/regels";
import { buttonClass } from "@/components/forms/field";

export function InstellingenForm({ values }: { values: TInstellingen }) {
  const { form, onSubmit, saved, errors, status } = useActionForm(ZInstellingen, saveInstellingenAction, values);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-lg rounded border border-slate-300 bg-white p-4">
      <FormMessages status={status} saved={saved} savedText="De instellingen zijn opgeslagen." />
      <TextInput id="naam" label="Naam organisatie" error={errors.naam} reg={form.register("naam")} />
      <TextInput
        id="vtRegioCode"
        label="Veilig Thuis-regiocode"
        hint="CBS-code van de regio, bijvoorbeeld VT18."
        error={errors.vtRegioCode}
        reg={form.register("vtRegioCode")}
      />
      <TextInput
        id="kvkNummer"
        label="KvK-nummer"
        error={errors.kvkNummer}
        reg={form.register("kvkNummer")}
        inputMode="numeric"
      />
      <TextInput
        id="monitoringIntervalDagen"
        label="Monitoringsinterval (dagen)"
        hint="Na hoeveel dagen het volgende monitoringsmoment gepland staat."
        type="number"
        error={errors.monitoringIntervalDagen}
        reg={form.register("monitoringIntervalDagen")}
      />
      <TextInput
        id="terugkoppelingWerkdagen"
        label="Termijn terugkoppeling aan de melder (werkdagen)"
        hint="Binnen hoeveel werkdagen na de definitieve veiligheidsbeoordeling de melder een terugkoppeling krijgt."
        type="number"
        error={errors.terugkoppelingWerkdagen}
        reg={form.register("terugkoppelingWerkdagen")}
      />
      <TextInput
        id="controleDossiersPerDag"
        label="Drempel Te controleren (dossiers per dag)"
        hint="Wie op één dag meer dossiers buiten de eigen caseload inziet, staat op de lijst Te controleren van de privacy officer."
        type="number"
        error={errors.controleDossiersPerDag}
        reg={form.register("controleDossiersPerDag")}
      />
      <TextInput
        id="bewaartermijnJaren"
        label="Bewaartermijn dossiers (jaren na afsluiting)"
        hint={BEWAARTERMIJN_GRONDSLAG}
        type="number"
        error={errors.bewaartermijnJaren}
        reg={form.register("bewaartermijnJaren")}
      />
      <TextInput
        id="leveringBewaarJaren"
        label="Bewaartermijn aanleverbestanden CBS (jaren na het halfjaar)"
        hint={LEVERING_GRONDSLAG}
        type="number"
        error={errors.leveringBewaarJaren}
        reg={form.register("leveringBewaarJaren")}
      />
      <Select
        id="beheerderLogInzage"
        label="Functioneel beheerder mag ook de toegangslogs inzien"
        hint="NEN 7513 scheidt beheer en logcontrole: standaard ziet alleen de privacy officer de logs. Alleen voor een organisatie zonder eigen privacy officer."
        error={errors.beheerderLogInzage}
        reg={form.register("beheerderLogInzage")}
        options={[
          { value: "nee", label: "Nee (aanbevolen)" },
          { value: "ja", label: "Ja" },
        ]}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Opslaan
      </button>
    </form>
  );
}
