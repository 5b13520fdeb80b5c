"use client";
// Recording the terugkoppeling aan de melder, and informing one betrokkene: done (date, how) or not (why).
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { Select, TextArea, TextInput } from "@/components/forms/inputs";
import { NIET_GEINFORMEERD, WIJZEN, ZInformering, ZTerugkoppeling } from "@/lib/opvolging/schema";
import { recordInformeringAction, recordTerugkoppelingAction } from "@/lib/opvolging/actions";

const WIJZE_OPTIES = WIJZEN.map((w) => ({ value: w.waarde, label: w.label }));

export function TerugkoppelingForm({
  meldingnummer,
  version,
  vandaag,
}: {
  meldingnummer: string;
  version: number;
  vandaag: string;
}) {
  const router = useRouter();
  const { form, onSubmit, status, errors, hydrated } = useActionForm(
    ZTerugkoppeling,
    recordTerugkoppelingAction,
    { meldingnummer, version, uitkomst: "gedaan", datum: vandaag, wijze: "", inhoud: "", reden: "" },
    () => router.refresh(),
  );
  const niet = form.watch("uitkomst") === "niet-mogelijk";
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Terugkoppeling vastleggen" data-hydrated={hydrated || undefined}>
      <FormMessages status={status} saved={false} />
      <fieldset className="mb-4">
        <legend className="mb-1 font-medium">Terugkoppeling aan de melder</legend>
        <label className="mr-4 inline-flex items-center gap-2">
          <input type="radio" value="gedaan" {...form.register("uitkomst")} /> Gegeven
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" value="niet-mogelijk" {...form.register("uitkomst")} /> Niet mogelijk
        </label>
      </fieldset>
      {niet ? (
        <TextArea id="tk-reden" label="Reden" reg={form.register("reden")} error={errors.reden} />
      ) : (
        <>
          <TextInput
            id="tk-datum"
            label="Datum terugkoppeling"
            type="date"
            reg={form.register("datum")}
            error={errors.datum}
          />
          <Select id="tk-wijze" label="Hoe" options={WIJZE_OPTIES} reg={form.register("wijze")} error={errors.wijze} />
          <TextArea id="tk-inhoud" label="Korte inhoud" reg={form.register("inhoud")} error={errors.inhoud} />
        </>
      )}
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Terugkoppeling vastleggen
      </button>
    </form>
  );
}

export function InformeringForm({
  meldingnummer,
  betrokkeneId,
  naam,
  vandaag,
}: {
  meldingnummer: string;
  betrokkeneId: number;
  naam: string;
  vandaag: string;
}) {
  const router = useRouter();
  const { form, onSubmit, status, errors } = useActionForm(
    ZInformering,
    recordInformeringAction,
    { meldingnummer, betrokkeneId, uitkomst: "geinformeerd", datum: vandaag, wijze: "", toelichting: "" },
    () => router.refresh(),
  );
  const niet = form.watch("uitkomst") !== "geinformeerd";
  const id = (v: string) => `inf-${betrokkeneId}-${v}`;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Informeren van ${naam} vastleggen`} className="mt-2">
      <FormMessages status={status} saved={false} />
      <Select
        id={id("uitkomst")}
        label={`${naam}: geïnformeerd over de melding?`}
        options={[
          { value: "geinformeerd", label: "Geïnformeerd" },
          ...NIET_GEINFORMEERD.map((n) => ({ value: n.waarde, label: n.label })),
        ]}
        empty="— kies —"
        reg={form.register("uitkomst")}
        error={errors.uitkomst}
      />
      {!niet && (
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextInput id={id("datum")} label="Datum" type="date" reg={form.register("datum")} error={errors.datum} />
          <Select
            id={id("wijze")}
            label="Hoe"
            options={WIJZE_OPTIES}
            reg={form.register("wijze")}
            error={errors.wijze}
          />
        </div>
      )}
      <TextArea
        id={id("toelichting")}
        label={niet ? "Toelichting (verplicht)" : "Toelichting"}
        reg={form.register("toelichting")}
        error={errors.toelichting}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Vastleggen<span className="sr-only"> voor {naam}</span>
      </button>
    </form>
  );
}
