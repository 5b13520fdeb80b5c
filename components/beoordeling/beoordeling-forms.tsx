"use client";
// Recording, editing (until it is final) and vaststellen of a veiligheidsbeoordeling. A conflict keeps the input.
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import {
  ZBeoordelingNieuw,
  ZBeoordelingTerugsturen,
  ZBeoordelingVaststellen,
  ZBeoordelingWijziging,
} from "@/lib/beoordeling/schema";
import {
  confirmBeoordelingAction,
  recordBeoordelingAction,
  terugsturenBeoordelingAction,
  updateBeoordelingAction,
} from "@/lib/beoordeling/actions";
import { TextArea } from "@/components/forms/inputs";
import type { BeoordelingDto } from "@/lib/beoordeling/queries";
import { BeoordelingVelden } from "./beoordeling-velden";

type Opties = { value: string; label: string }[];
type VeldenForm = Parameters<typeof BeoordelingVelden>[0]["form"];

export function NieuweBeoordelingForm({
  meldingNummer,
  datumMelding,
  vandaag,
  besluitMetOpties,
}: {
  meldingNummer: string;
  datumMelding: string;
  vandaag: string;
  besluitMetOpties: Opties;
}) {
  const router = useRouter();
  const { form, onSubmit, status } = useActionForm(
    ZBeoordelingNieuw,
    recordBeoordelingAction,
    { meldingNummer, datum: vandaag, taxatie: "", inhoud: "", toelichting: "", besluitMetId: "" },
    () => router.refresh(),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Veiligheidsbeoordeling vastleggen">
      <FormMessages status={status} saved={false} />
      <BeoordelingVelden
        form={form as unknown as VeldenForm}
        besluitMetOpties={besluitMetOpties}
        datumMelding={datumMelding}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Beoordeling vastleggen
      </button>
    </form>
  );
}

export function WijzigBeoordelingForm({
  b,
  datumMelding,
  besluitMetOpties,
}: {
  b: BeoordelingDto;
  datumMelding: string;
  besluitMetOpties: Opties;
}) {
  const router = useRouter();
  const setVersion = useRef<(v: number) => void>(() => {});
  const { form, onSubmit, saved, status } = useActionForm(
    ZBeoordelingWijziging,
    updateBeoordelingAction,
    {
      id: b.id,
      version: b.version,
      datum: b.datum,
      taxatie: b.taxatie,
      inhoud: b.inhoud,
      toelichting: b.toelichting ?? "",
      besluitMetId: String(b.besluitMetId),
    },
    (r) => {
      setVersion.current(r.version);
      router.refresh();
    },
  );
  // The next edit starts from the version this one produced (optimistic locking).
  useEffect(() => {
    setVersion.current = (v) => form.setValue("version", v);
  }, [form]);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Veiligheidsbeoordeling wijzigen">
      <FormMessages status={status} saved={saved} savedText="Wijziging opgeslagen." />
      <input type="hidden" {...form.register("version")} />
      <BeoordelingVelden
        form={form as unknown as VeldenForm}
        besluitMetOpties={besluitMetOpties}
        datumMelding={datumMelding}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Wijziging opslaan
      </button>
    </form>
  );
}

export function VaststellenForm({ id, version }: { id: number; version: number }) {
  const router = useRouter();
  const { form, onSubmit, status } = useActionForm(
    ZBeoordelingVaststellen,
    confirmBeoordelingAction,
    { id, version },
    {
      onSuccess: () => router.refresh(),
      confirm: {
        title: "Veiligheidsbeoordeling vaststellen?",
        body: "De beoordeling wordt definitief (vier ogen) en kan daarna niet meer worden gewijzigd. Het vervolg van de casus gaat uit van deze beoordeling.",
        confirmLabel: "Vaststellen",
      },
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Veiligheidsbeoordeling vaststellen">
      <FormMessages status={status} saved={false} />
      <p className="mb-3">
        Controleer de beoordeling hierboven. Met vaststellen wordt zij definitief (vier ogen) en kan zij niet meer
        worden gewijzigd.
      </p>
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Vaststellen
      </button>
    </form>
  );
}

export function TerugsturenForm({ id, version }: { id: number; version: number }) {
  const router = useRouter();
  const { form, onSubmit, status, errors } = useActionForm(
    ZBeoordelingTerugsturen,
    terugsturenBeoordelingAction,
    { id, version, opmerking: "" },
    () => router.refresh(),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Veiligheidsbeoordeling terugsturen">
      <FormMessages status={status} saved={false} />
      <TextArea
        id="opmerking"
        label="Opmerking voor wie de beoordeling vastlegde"
        reg={form.register("opmerking")}
        error={errors.opmerking}
        hint="Wat moet er anders? De beoordeling gaat terug met een signaal; zij kan pas worden vastgesteld als zij is aangepast."
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Terugsturen
      </button>
    </form>
  );
}
