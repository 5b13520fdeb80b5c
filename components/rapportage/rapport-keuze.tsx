// The report's period, gemeente and audience as a plain GET form (no personal data): works without JavaScript.
import { Field, buttonClass, describedBy, inputClass } from "@/components/forms/field";
import { PERIODE_UITLEG } from "@/lib/rapportage/periode";

type Props = {
  periode: string;
  gemeente: string;
  extern: boolean;
  gemeenten: { code: string; naam: string }[];
  fout?: string;
};

export function RapportKeuze({ periode, gemeente, extern, gemeenten, fout }: Props) {
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-4" aria-label="Rapportage kiezen">
      <div className="w-64">
        <Field id="periode" label="Periode" hint={PERIODE_UITLEG} error={fout}>
          <input
            id="periode"
            name="periode"
            defaultValue={periode}
            className={inputClass}
            aria-invalid={!!fout}
            aria-describedby={describedBy("periode", fout, PERIODE_UITLEG)}
          />
        </Field>
      </div>
      <div className="w-64">
        <Field id="gemeente" label="Gemeente">
          <select id="gemeente" name="gemeente" defaultValue={gemeente} className={inputClass}>
            <option value="">Hele regio</option>
            {gemeenten.map((g) => (
              <option key={g.code} value={g.code}>
                {g.naam}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label className="mb-6 flex items-center gap-2">
        <input type="checkbox" name="extern" value="ja" defaultChecked={extern} /> Voor buiten de organisatie (kleine
        aantallen als &lt;5)
      </label>
      <div className="mb-4">
        <button type="submit" className={buttonClass}>
          Toon rapportage
        </button>
      </div>
    </form>
  );
}
