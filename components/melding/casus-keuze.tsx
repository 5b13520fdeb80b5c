"use client";
// Where the melding will go, as far as the chosen known persons tell: a vervolgmelding in their open casus, or a
// new casus (a hermelding when someone was known before). The server decides again and refuses a mismatch.
import { useEffect } from "react";
import type { RadarPersoon } from "@/lib/betrokkene/radar";
import type { GemeenteLijst } from "@/lib/gemeenten/queries";
import { GemeenteSelect, useGemeenteLijst } from "./gemeente-select";
import type { MeldingFormApi } from "./types";

export function CasusKeuze({
  form,
  bekenden,
  gemeenten,
}: {
  form: MeldingFormApi;
  bekenden: RadarPersoon[];
  gemeenten: GemeenteLijst;
}) {
  const {
    register,
    setValue,
    watch,
    formState: { errors },
  } = form;
  const lijst = useGemeenteLijst(gemeenten, watch("datumMelding"));
  const open = [...new Map(bekenden.flatMap((p) => p.openCasussen.slice(0, 1)).map((c) => [c.nummer, c])).values()];
  const casusNummer = open.length === 1 ? open[0].nummer : "";
  useEffect(() => {
    setValue("casusNummer", casusNummer);
  }, [casusNummer, setValue]);

  return (
    <fieldset className="mb-6 rounded border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">Casus</legend>
      <input type="hidden" {...register("casusNummer")} />
      {open.length > 1 && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          De gekozen personen horen bij verschillende open casussen ({open.map((c) => c.nummer).join(", ")}). Een
          melding hoort bij één casus: registreer een aparte melding per casus.
        </p>
      )}
      {open.length === 1 && (
        <p data-testid="casus-keuze">
          Deze melding wordt een <strong>vervolgmelding</strong> in de open casus {open[0].nummer}.
        </p>
      )}
      {open.length === 0 && (
        <>
          <p data-testid="casus-keuze" className="mb-3">
            Deze melding opent een <strong>nieuwe casus</strong>
            {bekenden.length > 0 ? " — een hermelding: betrokkenen waren eerder bekend bij Veilig Thuis." : "."}
          </p>
          <GemeenteSelect
            id="gemeentecode"
            lijst={lijst}
            reg={register("gemeentecode")}
            error={errors.gemeentecode}
            hint={`Gemeente van de nieuwe casus (lijst ${lijst.jaar}).`}
          />
        </>
      )}
    </fieldset>
  );
}
