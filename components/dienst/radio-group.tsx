"use client";
// One choice out of a few, as radio buttons in a fieldset whose legend is the field's name.
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { describedBy } from "@/components/forms/field";

export type RadioOption = { value: string; label: string; hint?: string };

export function RadioGroup({
  id,
  label,
  options,
  reg,
  error,
  hint,
}: {
  id: string;
  label: string;
  options: RadioOption[];
  reg: UseFormRegisterReturn;
  error?: FieldError | { message?: string };
  hint?: string;
}) {
  return (
    <fieldset className="mb-4" aria-describedby={describedBy(id, error?.message, hint)} aria-invalid={!!error}>
      <legend className="mb-1 font-medium">{label}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="grid gap-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2">
            <input type="radio" value={o.value} className="mt-1" {...reg} />
            <span>
              {o.label}
              {o.hint && <span className="block text-sm text-slate-700">{o.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error?.message && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-medium text-red-700">
          {error.message}
        </p>
      )}
    </fieldset>
  );
}
