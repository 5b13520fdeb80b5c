"use client";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextArea, TextInput } from "@/components/forms/inputs";
import { FormMessages } from "@/components/forms/form-messages";
import { buttonClass } from "@/components/forms/field";
import { FunctieOrganisatieFields } from "@/components/melding/functie-organisatie-fields";
import { GemeenteSelect, useGemeenteLijst } from "@/components/melding/gemeente-select";
import { AardDuurVelden } from "@/components/melding/aard-duur-velden";
import { ZAdviesCorrectie, ZAdviesNieuw, type TAdviesCorrectieInput } from "@/lib/advies/schema";
import { createAdviesAction } from "@/lib/advies/actions";
import { correctAdviesAction } from "@/lib/correctie/actions";
import type { GemeenteLijst } from "@/lib/gemeenten/queries";

/**
 * Registering an advies, or (with `correctie`) correcting one: the same fields and rules, then the einddatum of a
 * closed advies and the reason instead of the first contact.
 */
export function AdviesForm({
  vandaag,
  gemeenten,
  correctie,
}: {
  vandaag: string;
  gemeenten: GemeenteLijst;
  correctie?: TAdviesCorrectieInput;
}) {
  const router = useRouter();
  const { form, onSubmit, errors, status, hydrated } = useActionForm(
    correctie ? (ZAdviesCorrectie as unknown as typeof ZAdviesNieuw) : ZAdviesNieuw,
    correctie ? (correctAdviesAction as unknown as typeof createAdviesAction) : createAdviesAction,
    correctie ?? {
      startdatum: vandaag,
      gemeentecode: "",
      aard: [],
      aanvullendeInformatie: [],
      duur: "",
      functieRol: "",
      organisatie: "",
      adviesvraag: "",
      adviesvragerNaam: "",
      adviesvragerTelefoon: "",
      toestemmingContact: false,
      eersteContact: "",
    },
    (a) => {
      router.push(correctie ? `/adviezen/${correctie.adviesNummer}#wijzigingshistorie` : `/adviezen/${a.nummer}`);
      router.refresh();
    },
  );
  const extra = errors as Record<string, { message?: string } | undefined>;
  const { register, watch, formState } = form;
  const lijst = useGemeenteLijst(gemeenten, watch("startdatum"));

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl" data-hydrated={hydrated || undefined}>
      <FormMessages status={status} saved={false} />
      <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Advies</legend>
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextInput
            id="startdatum"
            label="Startdatum"
            type="date"
            reg={register("startdatum")}
            error={errors.startdatum}
            hint="Datum van het eerste contact."
          />
          <GemeenteSelect
            id="gemeentecode"
            lijst={lijst}
            reg={register("gemeentecode")}
            error={errors.gemeentecode}
            hint={`Gemeente van de situatie (lijst ${lijst.jaar}); kies Onbekend als de adviesvrager dat niet zegt.`}
          />
        </div>
      </fieldset>
      <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Adviesvrager</legend>
        <FunctieOrganisatieFields
          idPrefix="adviesvrager"
          functieRol={watch("functieRol") ?? ""}
          regFunctie={register("functieRol")}
          regOrganisatie={register("organisatie")}
          errors={errors}
        />
        <div className="mb-4">
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-1"
              aria-invalid={!!errors.toestemmingContact}
              aria-describedby={errors.toestemmingContact ? "toestemmingContact-error" : undefined}
              {...register("toestemmingContact")}
            />
            <span>
              De adviesvrager geeft toestemming om naam en telefoonnummer te bewaren (om terug te kunnen bellen)
            </span>
          </label>
          {errors.toestemmingContact?.message && (
            <p id="toestemmingContact-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
              {errors.toestemmingContact.message}
            </p>
          )}
        </div>
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextInput
            id="adviesvragerNaam"
            label="Naam adviesvrager"
            reg={register("adviesvragerNaam")}
            error={errors.adviesvragerNaam}
            hint="Alleen met toestemming."
          />
          <TextInput
            id="adviesvragerTelefoon"
            label="Telefoonnummer adviesvrager"
            type="tel"
            reg={register("adviesvragerTelefoon")}
            error={errors.adviesvragerTelefoon}
            hint="Alleen met toestemming."
          />
        </div>
      </fieldset>
      <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Aard en duur</legend>
        <AardDuurVelden reg={(veld) => register(veld)} errors={errors} />
      </fieldset>
      <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">Adviesvraag</legend>
        <TextArea
          id="adviesvraag"
          label="Adviesvraag"
          reg={register("adviesvraag")}
          error={errors.adviesvraag}
          hint="Beschrijf de vraag zonder persoonsgegevens van het gezin: geen namen, BSN, adres of geboortedatum. Bij een advies legt Veilig Thuis geen gegevens van de betrokkenen vast."
        />
        {!correctie && (
          <TextArea
            id="eersteContact"
            label="Notitie eerste contact"
            reg={register("eersteContact")}
            error={errors.eersteContact}
            hint="Optioneel: wat is in het eerste contact besproken en geadviseerd. Ook hier geen persoonsgegevens van het gezin."
          />
        )}
      </fieldset>
      {correctie && (
        <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">Correctie</legend>
          {correctie.einddatum && (
            <TextInput
              id="einddatum"
              label="Einddatum"
              type="date"
              reg={register("einddatum" as never)}
              error={extra.einddatum}
            />
          )}
          <TextArea
            id="reden"
            label="Reden van de correctie"
            reg={register("reden" as never)}
            error={extra.reden}
            hint="Verplicht. Komt in de wijzigingshistorie, met de oude en de nieuwe waarden."
          />
        </fieldset>
      )}
      <button type="submit" className={buttonClass} disabled={formState.isSubmitting}>
        {correctie ? "Correctie opslaan" : "Advies registreren"}
      </button>
    </form>
  );
}
