"use client";
// One betrokkene on the melding form: search first (radar), then use the known person or enter a new one.
import { Select } from "@/components/forms/inputs";
import { labelOf } from "@/lib/domain/codes";
import type { RadarPersoon } from "@/lib/betrokkene/radar";
import { ROL_LABELS } from "@/lib/betrokkene/schema";
import { BetrokkeneZoeken, type ZoekWaarden } from "./betrokkene-zoeken";
import { BetrokkeneVelden, ROL_OPTIES } from "./betrokkene-velden";
import { legeBetrokkene, type MeldingFormApi } from "./types";

type Props = {
  form: MeldingFormApi;
  i: number;
  bekend: RadarPersoon | undefined;
  onBekend: (p: RadarPersoon | null) => void;
  onVerwijder?: () => void;
};

export function BetrokkeneCard({ form, i, bekend, onBekend, onVerwijder }: Props) {
  const {
    register,
    watch,
    setValue,
    formState: { errors },
  } = form;
  const modus = watch(`betrokkenen.${i}.modus`) ?? "zoeken";
  const opts = { shouldDirty: true } as const;

  function gebruik(p: RadarPersoon) {
    setValue(
      `betrokkenen.${i}`,
      { ...legeBetrokkene(), modus: "bekend", bekendId: String(p.gebruikId), rol: p.rol },
      opts,
    );
    onBekend(p);
  }
  function nieuw(z: ZoekWaarden) {
    setValue(
      `betrokkenen.${i}`,
      {
        ...legeBetrokkene(),
        modus: "nieuw",
        bsn: z.bsn.trim(),
        achternaam: z.achternaam.trim(),
        geboortedatum: z.geboortedatum.trim(),
      },
      opts,
    );
    onBekend(null);
  }
  function opnieuw() {
    setValue(`betrokkenen.${i}`, legeBetrokkene(), opts);
    onBekend(null);
  }
  const open = bekend?.openCasussen[0];

  return (
    <fieldset className="mb-4 rounded border border-slate-300 bg-white p-4">
      <legend className="px-1 text-base font-semibold">Betrokkene {i + 1}</legend>
      <input type="hidden" {...register(`betrokkenen.${i}.modus`)} />
      <input type="hidden" {...register(`betrokkenen.${i}.bekendId`)} />
      {modus === "zoeken" && (
        <BetrokkeneZoeken
          idPrefix={`b${i}`}
          onGebruik={gebruik}
          onNieuw={nieuw}
          error={errors.betrokkenen?.[i]?.modus?.message}
        />
      )}
      {modus === "bekend" && bekend && (
        <div className="mb-3 rounded border border-green-700 bg-green-50 p-3">
          <p className="font-semibold">Bekende persoon: {bekend.naam}</p>
          <p className="text-sm">
            BSN {bekend.bsn ?? "onbekend"} · geboren {bekend.geboortedatumTekst} · {labelOf("K", bekend.geslacht)}
          </p>
          <p className="text-sm">
            {open
              ? `Wordt gekoppeld in de open casus ${open.nummer}.`
              : "Eerder bekend; de gegevens worden overgenomen in de nieuwe casus (hermelding)."}
          </p>
          {errors.betrokkenen?.[i]?.modus?.message && (
            <p role="alert" className="text-sm font-medium text-red-700">
              {errors.betrokkenen[i]!.modus!.message}
            </p>
          )}
        </div>
      )}
      {modus === "bekend" &&
        bekend &&
        (open ? (
          <p className="mb-3">
            Rol in de casus: {ROL_LABELS[bekend.rol]} (zoals geregistreerd in {open.nummer})
          </p>
        ) : (
          <Select
            id={`b${i}-rol`}
            label="Rol in de casus"
            options={ROL_OPTIES}
            reg={register(`betrokkenen.${i}.rol`)}
            error={errors.betrokkenen?.[i]?.rol}
          />
        ))}
      {modus === "nieuw" && <BetrokkeneVelden form={form} i={i} />}
      <div className="flex flex-wrap gap-3">
        {modus !== "zoeken" && (
          <button type="button" onClick={opnieuw} className="rounded border border-slate-500 px-3 py-1">
            Opnieuw zoeken
          </button>
        )}
        {onVerwijder && (
          <button type="button" onClick={onVerwijder} className="rounded border border-red-700 px-3 py-1 text-red-800">
            Betrokkene {i + 1} verwijderen
          </button>
        )}
      </div>
    </fieldset>
  );
}
