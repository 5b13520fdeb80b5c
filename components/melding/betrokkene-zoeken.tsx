"use client";
// The radar in a betrokkene card: search by BSN or by achternaam + geboortedatum before registering a person.
import { useId, useState, type KeyboardEvent } from "react";
import { Field, describedBy, inputClass } from "@/components/forms/field";
import { searchBetrokkenenAction } from "@/lib/betrokkene/actions";
import { ZBetrokkeneZoek } from "@/lib/betrokkene/schema";
import { GEBOORTEDATUM_INVOER_HINT } from "@/lib/betrokkene/geboortedatum-invoer";
import type { RadarPersoon } from "@/lib/betrokkene/radar";
import { RadarPersoonView } from "./radar-persoon";

export type ZoekWaarden = { bsn: string; achternaam: string; geboortedatum: string };
type Props = {
  idPrefix: string;
  onGebruik: (p: RadarPersoon) => void;
  onNieuw: (z: ZoekWaarden) => void;
  error?: string;
};

export function BetrokkeneZoeken({ idPrefix, onGebruik, onNieuw, error }: Props) {
  const [z, setZ] = useState<ZoekWaarden>({ bsn: "", achternaam: "", geboortedatum: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [resultaat, setResultaat] = useState<{ personen: RadarPersoon[]; teVeel: boolean } | null>(null);
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);
  const liveId = useId();

  async function zoek() {
    setMelding(null);
    const parsed = ZBetrokkeneZoek.safeParse(z);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "bsn"), i.message])));
      return;
    }
    setErrors({});
    setBezig(true);
    const r = await searchBetrokkenenAction(z).finally(() => setBezig(false));
    if (r.ok) setResultaat(r.data);
    else {
      setErrors(r.fieldErrors ?? {});
      setMelding(r.message);
    }
  }
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === "Enter") {
      e.preventDefault();
      void zoek();
    }
  };
  const input = (key: keyof ZoekWaarden, label: string, hint?: string) => {
    const id = `${idPrefix}-zoek-${key}`;
    return (
      <Field id={id} label={label} error={errors[key]} hint={hint}>
        <input
          id={id}
          className={inputClass}
          value={z[key]}
          inputMode={key === "bsn" ? "numeric" : undefined}
          aria-invalid={!!errors[key]}
          aria-describedby={describedBy(id, errors[key], hint)}
          onKeyDown={onEnter}
          onChange={(e) => {
            setZ({ ...z, [key]: e.target.value });
            setResultaat(null);
          }}
        />
      </Field>
    );
  };

  return (
    <fieldset className="rounded border border-blue-200 bg-blue-50 p-3">
      <legend className="px-1 font-semibold">Zoeken in de registratie (radar)</legend>
      <p className="mb-2 text-sm text-slate-700">
        Zoek eerst of deze persoon al bekend is bij Veilig Thuis: op BSN, of op achternaam en geboortedatum.
      </p>
      {error && (
        <p role="alert" className="mb-2 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      <div className="grid gap-x-4 sm:grid-cols-3">
        {input("bsn", "BSN")}
        {input("achternaam", "Achternaam")}
        {input("geboortedatum", "Geboortedatum", GEBOORTEDATUM_INVOER_HINT)}
      </div>
      <button
        type="button"
        onClick={() => void zoek()}
        disabled={bezig}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {bezig ? "Zoeken…" : "Zoeken"}
      </button>
      {melding && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {melding}
        </p>
      )}
      <div aria-live="polite" id={liveId} className="mt-3">
        {resultaat &&
          (resultaat.personen.length === 0 ? (
            <p className="font-medium">Geen persoon gevonden: deze persoon is niet bekend bij Veilig Thuis.</p>
          ) : (
            <p className="font-medium">
              {resultaat.personen.length === 1
                ? "1 persoon gevonden."
                : `${resultaat.personen.length} personen gevonden.`}
              {resultaat.teVeel && " Er zijn meer treffers: zoek preciezer."}
            </p>
          ))}
      </div>
      {resultaat && resultaat.personen.length > 0 && (
        <ul className="mt-2 space-y-3" aria-label="Gevonden personen">
          {resultaat.personen.map((p, i) => (
            <li key={p.key} className="rounded border border-slate-300 bg-white p-3">
              <RadarPersoonView p={p} headingId={`${idPrefix}-radar-${i}`} />
              <button
                type="button"
                aria-describedby={`${idPrefix}-radar-${i}`}
                onClick={() => onGebruik(p)}
                className="mt-2 rounded border border-blue-800 px-3 py-1 font-medium text-blue-800 hover:bg-blue-50"
              >
                Deze persoon gebruiken
              </button>
            </li>
          ))}
        </ul>
      )}
      {resultaat && (
        <button
          type="button"
          onClick={() => onNieuw(z)}
          className="mt-3 rounded border border-slate-500 px-3 py-1 font-medium"
        >
          {resultaat.personen.length ? "Toch een nieuwe persoon invoeren" : "Nieuwe persoon invoeren"}
        </button>
      )}
    </fieldset>
  );
}
