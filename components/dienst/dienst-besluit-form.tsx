"use client";
// The second user's decision on a proposed closing: confirm it, or send it back with a reason.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextArea } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { decideDienstAfsluitingAction } from "@/lib/dienst/actions";
import { ZDienstAfsluitingBesluit } from "@/lib/dienst/schema";
import { RadioGroup } from "./radio-group";

type Props = { casusnummer: string; dienstId: number; dienstnummer: string; version: number; voorgesteldDoor: string };

export function DienstBesluitForm({ casusnummer, dienstId, dienstnummer, version, voorgesteldDoor }: Props) {
  const router = useRouter();
  const { form, onSubmit, errors, status } = useActionForm(
    ZDienstAfsluitingBesluit,
    decideDienstAfsluitingAction,
    { casusnummer, dienstId, version, reden: "" },
    {
      onSuccess: () => {
        router.push(`/casussen/${casusnummer}/diensten/${dienstnummer}`);
        router.refresh();
      },
      conflictTitle: "Zo staat de dienst nu opgeslagen",
      confirm: (v) =>
        v.besluit === "bevestigen"
          ? {
              title: "Afsluiting bevestigen?",
              body: `De dienst wordt afgesloten zoals ${voorgesteldDoor} heeft voorgesteld. Daarna kan de dienst niet meer worden gewijzigd.`,
              confirmLabel: "Afsluiting bevestigen",
            }
          : null,
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormMessages status={status} saved={false} />
      <input type="hidden" {...form.register("version")} />
      <RadioGroup
        id="besluit"
        label="Besluit"
        reg={form.register("besluit")}
        error={errors.besluit}
        options={[
          {
            value: "bevestigen",
            label: "Afsluiting bevestigen",
            hint: `De dienst wordt afgesloten zoals ${voorgesteldDoor} heeft voorgesteld.`,
          },
          {
            value: "terugsturen",
            label: "Terugsturen naar de casemanager",
            hint: "De dienst loopt weer; de casemanager past het voorstel aan.",
          },
        ]}
      />
      <TextArea
        id="reden"
        label="Toelichting"
        reg={form.register("reden")}
        error={errors.reden}
        hint="Verplicht bij terugsturen: wat moet er anders? De toelichting komt bij de dienst te staan."
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Besluit opslaan
      </button>
    </form>
  );
}
