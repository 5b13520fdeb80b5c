// The period of the termijnen page as a plain GET form (dates only, no personal data): works without JavaScript.
import { Field, buttonClass, describedBy, inputClass } from "@/components/forms/field";

type Props = { van: string; tot: string; errors: { van?: string; tot?: string } };

export function PeriodeForm({ van, tot, errors }: Props) {
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-4" aria-label="Periode kiezen">
      {(
        [
          ["van", "Van", van, errors.van],
          ["tot", "Tot en met", tot, errors.tot],
        ] as const
      ).map(([id, label, value, error]) => (
        <div key={id} className="w-48">
          <Field id={id} label={label} error={error}>
            <input
              id={id}
              name={id}
              type="date"
              defaultValue={value}
              className={inputClass}
              aria-invalid={!!error}
              aria-describedby={describedBy(id, error)}
            />
          </Field>
        </div>
      ))}
      <div className="mb-4">
        <button type="submit" className={buttonClass}>
          Toon termijnen
        </button>
      </div>
    </form>
  );
}
