"use client";
// Labelled inputs bound to react-hook-form; options of code lists come from lib/domain/codes.ts.
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { codelijsten, type LijstNaam } from "@/lib/domain/codes";
import { Field, describedBy, inputClass } from "./field";

type Common = {
  id: string;
  label: string;
  error?: FieldError | { message?: string };
  hint?: string;
  reg: UseFormRegisterReturn;
};

export function TextInput({
  id,
  label,
  error,
  hint,
  reg,
  type = "text",
  ...rest
}: Common & { type?: string; autoComplete?: string; inputMode?: "numeric" | "text" }) {
  return (
    <Field id={id} label={label} error={error?.message} hint={hint}>
      <input
        id={id}
        type={type}
        className={inputClass}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, error?.message, hint)}
        {...rest}
        {...reg}
      />
    </Field>
  );
}

export function TextArea({ id, label, error, hint, reg }: Common) {
  return (
    <Field id={id} label={label} error={error?.message} hint={hint}>
      <textarea
        id={id}
        rows={4}
        className={inputClass}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, error?.message, hint)}
        {...reg}
      />
    </Field>
  );
}

export function CodeSelect({
  id,
  label,
  error,
  hint,
  reg,
  lijst,
  only,
  empty = "— kies —",
}: Common & { lijst: LijstNaam; only?: string[]; empty?: string }) {
  const codes = codelijsten[lijst].codes.filter((c) => !only || only.includes(c.code));
  return (
    <Field id={id} label={label} error={error?.message} hint={hint}>
      <select
        id={id}
        className={inputClass}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, error?.message, hint)}
        {...reg}
      >
        <option value="">{empty}</option>
        {codes.map((c) => (
          <option key={c.code} value={c.code}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Select({
  id,
  label,
  error,
  hint,
  reg,
  options,
  empty = "— kies —",
}: Common & { options: { value: string; label: string }[]; empty?: string }) {
  return (
    <Field id={id} label={label} error={error?.message} hint={hint}>
      <select
        id={id}
        className={inputClass}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, error?.message, hint)}
        {...reg}
      >
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Several codes of a list as checkboxes in a fieldset whose legend is the field's name. */
export function CodeCheckboxes({ lijst, only, ...rest }: Common & { lijst: LijstNaam; only?: string[] }) {
  const codes = codelijsten[lijst].codes.filter((c) => !only || only.includes(c.code));
  return <Checkboxes {...rest} options={codes.map((c) => ({ value: c.code, label: c.label }))} />;
}

/** Several choices as checkboxes in a fieldset whose legend is the field's name. */
export function Checkboxes({
  id,
  label,
  error,
  hint,
  reg,
  options,
}: Common & { options: readonly { value: string; label: string }[] }) {
  return (
    <fieldset className="mb-4" aria-describedby={describedBy(id, error?.message, hint)} aria-invalid={!!error}>
      <legend className="mb-1 font-medium">{label}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((c) => (
          <label key={c.value} className="flex items-start gap-2">
            <input type="checkbox" value={c.value} className="mt-1" {...reg} />
            <span>{c.label}</span>
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
