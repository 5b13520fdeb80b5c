"use client";
// Start a dienst after a final beoordeling "Vervolgstappen beleggen bij Veilig Thuis".
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Select, TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { startDienstAction } from "@/lib/dienst/actions";
import { ZDienstStart } from "@/lib/dienst/schema";
import { RadioGroup } from "./radio-group";

type Optie = { meldingId: number; label: string };

export function DienstStartForm({
  casusnummer,
  opties,
  vandaag,
}: {
  casusnummer: string;
  opties: Optie[];
  vandaag: string;
}) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZDienstStart,
    startDienstAction,
    { casusnummer, meldingId: opties.length === 1 ? String(opties[0].meldingId) : "", startdatum: vandaag },
    (r) => {
      router.push(`/casussen/${r.casusnummer}/diensten/${r.dienstnummer}`);
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormMessages status={status} saved={false} />
      <Select
        id="meldingId"
        label="Veiligheidsbeoordeling"
        reg={form.register("meldingId")}
        error={errors.meldingId}
        hint="De definitieve veiligheidsbeoordeling waarop de dienst volgt."
        options={opties.map((o) => ({ value: String(o.meldingId), label: o.label }))}
      />
      <RadioGroup
        id="soort"
        label="Soort dienst"
        reg={form.register("soort")}
        error={errors.soort}
        options={[
          {
            value: "V",
            label: "Voorwaarden en Vervolg",
            hint: "Veiligheidsvoorwaarden met het gezin afspreken en vervolghulp organiseren.",
          },
          {
            value: "O",
            label: "Onderzoek",
            hint: "Als onduidelijk is of er geweld is, of het gezin niet meewerkt. Oordeel binnen 10 weken na de veiligheidsbeoordeling.",
          },
        ]}
      />
      <TextInput
        id="startdatum"
        type="date"
        label="Startdatum"
        reg={form.register("startdatum")}
        error={errors.startdatum}
        hint="De werkelijke startdatum: niet vóór de veiligheidsbeoordeling en niet in de toekomst."
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Dienst starten
      </button>
    </form>
  );
}
