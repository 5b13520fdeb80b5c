"use client";
// A J/N choice as two radio buttons in a fieldset whose legend is the field's name.
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { describedBy } from "@/components/forms/field";

export function JaNee({
  id,
  label,
  reg,
  error,
  hint,
  ja = "Ja",
  nee = "Nee",
}: {
  id: string;
  label: string;
  reg: UseFormRegisterReturn;
  error?: FieldError;
  hint?: string;
  ja?: string;
  nee?: string;
}) {
  return (
    <fieldset className="mb-4" aria-describedby={describedBy(id, error?.message, hint)}>
      <legend className="mb-1 font-medium">{label}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-2">
          <input type="radio" value="J" className="mt-1" {...reg} />
          <span>{ja}</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" value="N" className="mt-1" {...reg} />
          <span>{nee}</span>
        </label>
      </div>
      {error?.message && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-medium text-red-700">
          {error.message}
        </p>
      )}
    </fieldset>
  );
}
