"use client";
// Recording the terugkoppeling aan de melder, and informing one betrokkene: done (date, how) or not (why). The same
// forms correct what was recorded (with the reason of the correction); informing can be extended by 2 weeks.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { Select, TextArea, TextInput } from "@/components/forms/inputs";
import {
  NIET_GEINFORMEERD,
  WIJZEN,
  ZInformerenVerlengen,
  ZInformering,
  ZInformeringCorrectie,
  ZTerugkoppeling,
  ZTerugkoppelingCorrectie,
} from "@/lib/opvolging/schema";
import {
  correctInformeringAction,
  correctTerugkoppelingAction,
  recordInformeringAction,
  recordTerugkoppelingAction,
  verlengInformerenAction,
} from "@/lib/opvolging/actions";

const WIJZE_OPTIES = WIJZEN.map((w) => ({ value: w.waarde, label: w.label }));

type TerugkoppelingWaarden = {
  uitkomst: "gedaan" | "niet-mogelijk";
  datum: string;
  wijze: string;
  inhoud: string;
  reden: string;
};

export function TerugkoppelingForm({
  meldingnummer,
  version,
  vandaag,
  correctie,
}: {
  meldingnummer: string;
  version: number;
  vandaag: string;
  /** The recorded values: the form corrects them, with a reason. */
  correctie?: TerugkoppelingWaarden;
}) {
  const router = useRouter();
  // The correction schema is the registration's plus the reason; the runtime schema follows the mode.
  const { form, onSubmit, status, errors, hydrated } = useActionForm(
    (correctie ? ZTerugkoppelingCorrectie : ZTerugkoppeling) as typeof ZTerugkoppelingCorrectie,
    (correctie ? correctTerugkoppelingAction : recordTerugkoppelingAction) as typeof correctTerugkoppelingAction,
    {
      meldingnummer,
      version,
      ...(correctie ?? { uitkomst: "gedaan", datum: vandaag, wijze: "", inhoud: "", reden: "" }),
      correctieReden: "",
    },
    () => router.refresh(),
  );
  const niet = form.watch("uitkomst") === "niet-mogelijk";
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={correctie ? "Terugkoppeling corrigeren" : "Terugkoppeling vastleggen"}
      data-hydrated={hydrated || undefined}
    >
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
      {correctie && (
        <TextArea
          id="tk-correctie-reden"
          label="Reden van de correctie"
          reg={form.register("correctieReden")}
          error={errors.correctieReden}
        />
      )}
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        {correctie ? "Correctie opslaan" : "Terugkoppeling vastleggen"}
      </button>
    </form>
  );
}

type InformeringWaarden = {
  uitkomst: "geinformeerd" | "veiligheid" | "onbereikbaar";
  datum: string;
  wijze: string;
  toelichting: string;
};

export function InformeringForm({
  meldingnummer,
  betrokkeneId,
  naam,
  vandaag,
  correctie,
}: {
  meldingnummer: string;
  betrokkeneId: number;
  naam: string;
  vandaag: string;
  /** The recorded values: the form corrects them, with a reason. */
  correctie?: InformeringWaarden;
}) {
  const router = useRouter();
  const { form, onSubmit, status, errors } = useActionForm(
    (correctie ? ZInformeringCorrectie : ZInformering) as typeof ZInformeringCorrectie,
    (correctie ? correctInformeringAction : recordInformeringAction) as typeof correctInformeringAction,
    {
      meldingnummer,
      betrokkeneId,
      ...(correctie ?? { uitkomst: "geinformeerd", datum: vandaag, wijze: "", toelichting: "" }),
      correctieReden: "",
    },
    () => router.refresh(),
  );
  const niet = form.watch("uitkomst") !== "geinformeerd";
  const id = (v: string) => `inf-${betrokkeneId}-${correctie ? "c-" : ""}${v}`;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`Informeren van ${naam} ${correctie ? "corrigeren" : "vastleggen"}`}
      className="mt-2"
    >
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
      {correctie && (
        <TextArea
          id={id("correctie-reden")}
          label="Reden van de correctie"
          reg={form.register("correctieReden")}
          error={errors.correctieReden}
        />
      )}
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        {correctie ? "Correctie opslaan" : "Vastleggen"}
        <span className="sr-only"> voor {naam}</span>
      </button>
    </form>
  );
}

/** Extends the informing deadline of one betrokkene by 2 weeks, with a reason. */
export function InformerenVerlengenForm({
  meldingnummer,
  betrokkeneId,
  naam,
}: {
  meldingnummer: string;
  betrokkeneId: number;
  naam: string;
}) {
  const router = useRouter();
  const { form, onSubmit, status, errors } = useActionForm(
    ZInformerenVerlengen,
    verlengInformerenAction,
    { meldingnummer, betrokkeneId, reden: "" },
    { onSuccess: () => router.refresh(), resetOnSuccess: true },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Termijn informeren van ${naam} verlengen`} className="mt-2">
      <FormMessages status={status} saved={false} />
      <TextArea
        id={`verleng-${betrokkeneId}-reden`}
        label="Reden van de verlenging"
        hint="Bijvoorbeeld: informeren nu zou de veiligheid van het kind in gevaar brengen; eerst het gesprek met moeder."
        reg={form.register("reden")}
        error={errors.reden}
      />
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        Termijn met 2 weken verlengen<span className="sr-only"> voor {naam}</span>
      </button>
    </form>
  );
}
