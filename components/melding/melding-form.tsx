"use client";
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { ZMeldingNieuw, type TMeldingInput } from "@/lib/melding/schema";
import { createMeldingAction } from "@/lib/melding/actions";
import type { GemeenteLijst } from "@/lib/gemeenten/queries";
import type { RadarPersoon } from "@/lib/betrokkene/radar";
import type { AdviesVoorMelding } from "@/lib/advies/queries";
import { MeldingGegevensVelden } from "./melding-gegevens-velden";
import { BetrokkeneCard } from "./betrokkene-card";
import { CasusKeuze } from "./casus-keuze";
import { legeBetrokkene } from "./types";

type Props = { vandaag: string; gemeenten: GemeenteLijst; advies: AdviesVoorMelding | null };

function defaults(vandaag: string, advies: AdviesVoorMelding | null): TMeldingInput {
  return {
    adviesNummer: advies?.nummer ?? "",
    casusNummer: "",
    datumMelding: vandaag,
    functieRol: advies?.functieRol ?? "",
    organisatie: advies && advies.organisatie !== "98" ? advies.organisatie : "",
    melderOrganisatieNaam: "",
    melderNaam: "",
    melderContact: "",
    anoniem: "" as TMeldingInput["anoniem"],
    aard: advies?.aard ?? [],
    aanvullendeInformatie: advies?.aanvullendeInformatie ?? [],
    duur: advies?.duur ?? "",
    toelichting: "",
    acuut: "" as TMeldingInput["acuut"],
    acuutReden: "",
    vormenGeweld: [],
    politieRegistratienummer: "",
    politieIncidentOp: "",
    tijdelijkHuisverbod: "",
    gemeentecode: advies?.gemeentecode ?? "",
    betrokkenen: [legeBetrokkene()],
  };
}

export function MeldingForm({ vandaag, gemeenten, advies }: Props) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    ZMeldingNieuw,
    createMeldingAction,
    defaults(vandaag, advies),
    (m) => router.push(`/meldingen/${m.nummer}`),
  );
  const { register, control, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "betrokkenen" });
  const [bekenden, setBekenden] = useState<Record<string, RadarPersoon>>({});
  const gekozen = fields.map((f) => bekenden[f.id]).filter((p): p is RadarPersoon => !!p);

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-4xl" data-hydrated={hydrated || undefined}>
      <FormMessages status={status} saved={false} />
      {advies && (
        <p className="mb-4 rounded border border-blue-300 bg-blue-50 p-3">
          Omzetten van advies{" "}
          <Link className="underline" href={`/adviezen/${advies.nummer}`}>
            {advies.nummer}
          </Link>
          : aard, aanvullende informatie, duur, functie en organisatie zijn overgenomen.
          {advies.open ? " Het advies wordt afgesloten op de datum van de melding." : ""}
          <input type="hidden" {...register("adviesNummer")} />
        </p>
      )}
      <MeldingGegevensVelden form={form} />
      <section aria-labelledby="betrokkenen-kop" className="mb-6">
        <h2 id="betrokkenen-kop" className="mb-2 text-lg font-semibold">
          Betrokkenen
        </h2>
        {errors.betrokkenen?.message && (
          <p role="alert" className="mb-2 font-medium text-red-700">
            {errors.betrokkenen.message}
          </p>
        )}
        {fields.map((f, i) => (
          <BetrokkeneCard
            key={f.id}
            form={form}
            i={i}
            bekend={bekenden[f.id]}
            onBekend={(p) =>
              setBekenden((b) => {
                const rest = { ...b };
                delete rest[f.id];
                return p ? { ...rest, [f.id]: p } : rest;
              })
            }
            onVerwijder={fields.length > 1 ? () => remove(i) : undefined}
          />
        ))}
        <button
          type="button"
          onClick={() => append(legeBetrokkene())}
          className="rounded border border-blue-800 px-4 py-2 font-medium text-blue-800"
        >
          Betrokkene toevoegen
        </button>
      </section>
      <CasusKeuze form={form} bekenden={gekozen} gemeenten={gemeenten} />
      <button type="submit" className={buttonClass} disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Bezig met registreren…" : "Melding registreren"}
      </button>
    </form>
  );
}
