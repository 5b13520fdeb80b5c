// States in words and colour together (never colour alone): a badge in a line, a notice above a form.
import type { ReactNode } from "react";

const TONES = {
  ok: "border-green-800 bg-green-50 text-green-900",
  warn: "border-amber-800 bg-amber-50 text-amber-900",
  bad: "border-red-800 bg-red-50 text-red-900",
  info: "border-slate-500 bg-slate-100 text-slate-900",
} as const;
export type Tone = keyof typeof TONES;

export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONES[tone]}`}>{children}</span>
  );
}

export function Notice({ tone = "info", title, children }: { tone?: Tone; title?: string; children: ReactNode }) {
  return (
    <div className={`mb-4 rounded border p-4 ${TONES[tone]}`}>
      {title && <p className="mb-1 font-semibold">{title}</p>}
      {children}
    </div>
  );
}

/** The reasons a step is refused or blocked: one as a sentence, several as a list. */
export function Redenen({ redenen }: { redenen: string[] }) {
  return redenen.length === 1 ? (
    <p>{redenen[0]}</p>
  ) : (
    <ul className="list-disc pl-5">
      {redenen.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}
