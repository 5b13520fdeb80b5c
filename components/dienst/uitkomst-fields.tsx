"use client";
// Uitkomst onderzoek: for each of the five vormen (list A 01..05) one choice of list H.
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, inputClass } from "@/components/forms/field";
import { UITKOMST_VORM_LABELS, UITKOMST_WAARDEN } from "@/lib/dienst/labels";

export function UitkomstFields({
  regAt,
  fout,
  fouten = [],
}: {
  regAt: (i: number) => UseFormRegisterReturn;
  fout?: string;
  fouten?: (string | undefined)[];
}) {
  return (
    <fieldset
      className="mb-4 rounded border border-slate-300 p-4"
      aria-describedby={describedBy("uitkomst", fout, "hint")}
      aria-invalid={!!fout}
    >
      <legend className="px-1 font-medium">Uitkomst onderzoek</legend>
      <p id="uitkomst-hint" className="mb-2 text-sm text-slate-600">
        Per vorm van geweld: was die onderwerp van het onderzoek, en wat is de uitkomst?
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        {UITKOMST_VORM_LABELS.map((v, i) => {
          const id = `uitkomst-${i}`;
          const err = fouten[i];
          return (
            <div key={v.code}>
              <label htmlFor={id} className="mb-1 block">
                {v.label}
              </label>
              <select
                id={id}
                className={inputClass}
                aria-invalid={!!err}
                aria-describedby={err ? `${id}-error` : undefined}
                {...regAt(i)}
              >
                {UITKOMST_WAARDEN.map((w) => (
                  <option key={w.value} value={w.value}>
                    {w.label}
                  </option>
                ))}
              </select>
              {err && (
                <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-medium text-red-700">
                  {err}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {fout && (
        <p id="uitkomst-error" role="alert" className="mt-2 text-sm font-medium text-red-700">
          {fout}
        </p>
      )}
    </fieldset>
  );
}
