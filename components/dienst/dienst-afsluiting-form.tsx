"use client";
// The case manager's proposal to close a dienst (first of two steps; a second user confirms). Carries the
// dienst's version: a stale save is refused, the input stays, and the saved state is shown to compare.
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { CodeCheckboxes, CodeSelect, TextArea, TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { proposeDienstAfsluitingAction } from "@/lib/dienst/actions";
import { correctDienstAction } from "@/lib/correctie/actions";
import { REDENEN_VOORTIJDIG, ZDienstAfsluiting, ZDienstCorrectie } from "@/lib/dienst/schema";
import type { AfsluitingDefaults } from "@/lib/dienst/afsluiting-waarden";
import { UitkomstFields } from "./uitkomst-fields";

type Props = {
  casusnummer: string;
  dienstId: number;
  dienstnummer: string;
  version: number;
  soort: "V" | "O";
  defaults: AfsluitingDefaults;
  bewerken: boolean;
  /** The teamleider's correction of a confirmed closing: the same form, with the reason; it is then confirmed again. */
  correctie?: boolean;
};

export function DienstAfsluitingForm({
  casusnummer,
  dienstId,
  dienstnummer,
  version,
  soort,
  defaults,
  bewerken,
  correctie = false,
}: Props) {
  const router = useRouter();
  // The correction's schema is the proposal's plus the reason (lib/dienst/schema.ts).
  const { form, onSubmit, errors, status } = useActionForm(
    correctie ? (ZDienstCorrectie as unknown as typeof ZDienstAfsluiting) : ZDienstAfsluiting,
    correctie
      ? (correctDienstAction as unknown as typeof proposeDienstAfsluitingAction)
      : proposeDienstAfsluitingAction,
    { casusnummer, dienstId, version, ...defaults, ...(correctie ? { reden: "" } : {}) },
    {
      onSuccess: () => {
        router.push(`/casussen/${casusnummer}/diensten/${dienstnummer}`);
        router.refresh();
      },
      conflictTitle: "Zo staat de dienst nu opgeslagen",
    },
  );
  const voortijdig = form.watch("voortijdig");
  const uitkomstErr = errors.uitkomst as unknown as
    ({ message?: string } & Record<number, { message?: string } | undefined>) | undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormMessages status={status} saved={false} />
      <input type="hidden" {...form.register("version")} />
      <TextInput
        id="einddatum"
        type="date"
        label="Einddatum"
        reg={form.register("einddatum")}
        error={errors.einddatum}
        hint="De datum waarop de dienst eindigt: niet vóór de startdatum en niet in de toekomst."
      />
      <CodeCheckboxes
        id="aardConclusie"
        label="Aard"
        lijst="A"
        reg={form.register("aardConclusie")}
        error={errors.aardConclusie}
        hint="De conclusie van Veilig Thuis over de aard van het geweld na de dienst. 'Geen kindermishandeling of huiselijk geweld' kies je alleen als enige conclusie."
      />
      <CodeCheckboxes
        id="aanvullendeInformatie"
        label="Aanvullende informatie"
        lijst="B"
        reg={form.register("aanvullendeInformatie")}
        error={errors.aanvullendeInformatie}
      />
      <CodeSelect
        id="duur"
        label="Duur"
        lijst="C"
        reg={form.register("duur")}
        error={errors.duur}
        hint="De (vermoedelijke) duur van het geweld."
      />
      {soort === "O" && (
        <UitkomstFields
          regAt={(i) => form.register(`uitkomst.${i}` as const)}
          fout={uitkomstErr?.message}
          fouten={[0, 1, 2, 3, 4].map((i) => uitkomstErr?.[i]?.message)}
        />
      )}
      {soort === "V" && uitkomstErr?.message && (
        <p role="alert" className="mb-4 text-sm font-medium text-red-700">
          {uitkomstErr.message}
        </p>
      )}
      <div className="mb-4">
        <label className="flex items-start gap-2">
          <input type="checkbox" className="mt-1" {...form.register("voortijdig")} />
          <span>
            Voortijdig afgesloten
            <span className="block text-sm text-slate-700">
              De dienst stopt voordat hij is afgerond, bijvoorbeeld omdat het gezin is vertrokken.
            </span>
          </span>
        </label>
      </div>
      {voortijdig && (
        <CodeSelect
          id="redenVoortijdig"
          label="Reden voortijdig afsluiten"
          lijst="H2"
          only={REDENEN_VOORTIJDIG}
          reg={form.register("redenVoortijdig")}
          error={errors.redenVoortijdig}
        />
      )}
      <TextArea
        id="toelichting"
        label="Toelichting"
        reg={form.register("toelichting")}
        error={errors.toelichting}
        hint="Onderbouwing van de conclusie, voor de collega die de afsluiting bevestigt."
      />
      {correctie && (
        <TextArea
          id="reden"
          label="Reden van de correctie"
          reg={form.register("reden" as never)}
          error={(errors as Record<string, { message?: string }>).reden}
          hint="Verplicht. Daarna moet een collega de afsluiting opnieuw bevestigen."
        />
      )}
      <button type="submit" className={buttonClass} disabled={form.formState.isSubmitting}>
        {correctie ? "Correctie opslaan" : bewerken ? "Voorstel opslaan" : "Afsluiting voorstellen"}
      </button>
    </form>
  );
}
