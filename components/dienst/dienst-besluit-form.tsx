"use client";
// The second user's decision on a proposed closing: confirm it, or send it back with a reason.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages, TextArea } from "@/components/forms/inputs";
import { buttonClass } from "@/components/forms/field";
import { decideDienstAfsluitingAction, getDienstStandAction } from "@/lib/dienst/actions";
import type { DienstStand } from "@/lib/dienst/queries";
import { ZDienstAfsluitingBesluit, type TDienstAfsluitingBesluitInput } from "@/lib/dienst/schema";
import { ConflictPanel } from "./conflict-panel";
import { RadioGroup } from "./radio-group";

type Props = { casusnummer: string; dienstId: number; dienstnummer: string; version: number; voorgesteldDoor: string };

export function DienstBesluitForm({ casusnummer, dienstId, dienstnummer, version, voorgesteldDoor }: Props) {
  const router = useRouter();
  const [stand, setStand] = useState<DienstStand | null>(null);
  const action = async (input: TDienstAfsluitingBesluitInput) => {
    const r = await decideDienstAfsluitingAction(input);
    setStand(null);
    if (!r.ok && ("changedBy" in r || /intussen gewijzigd/.test(r.message))) {
      const s = await getDienstStandAction({ casusnummer, dienstId });
      if (s.ok) setStand(s.data);
    }
    return r;
  };
  const { form, onSubmit, formError, errors } = useActionForm(ZDienstAfsluitingBesluit, action,
    { casusnummer, dienstId, version, reden: "" },
    () => { router.push(`/casussen/${casusnummer}/diensten/${dienstnummer}`); router.refresh(); });
  const resave = () => { form.setValue("version", stand!.version); setStand(null); void onSubmit(); };
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormMessages formError={formError} saved={false} />
      {stand && <ConflictPanel stand={stand} onResave={resave} resaveLabel="Mijn besluit toch opslaan" />}
      <input type="hidden" {...form.register("version")} />
      <RadioGroup id="besluit" label="Besluit" reg={form.register("besluit")} error={errors.besluit} options={[
        { value: "bevestigen", label: "Afsluiting bevestigen", hint: `De dienst wordt afgesloten zoals ${voorgesteldDoor} heeft voorgesteld.` },
        { value: "terugsturen", label: "Terugsturen naar de casemanager", hint: "De dienst loopt weer; de casemanager past het voorstel aan." },
      ]} />
      <TextArea id="reden" label="Toelichting" reg={form.register("reden")} error={errors.reden}
        hint="Verplicht bij terugsturen: wat moet er anders? De toelichting komt bij de dienst te staan." />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>Besluit opslaan</button>
    </form>
  );
}
