// Building blocks of the casus page: a titled section, a list of labelled values, a status badge.
import type { ReactNode } from "react";

export function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-titel`} className="mb-8">
      <h2 id={`${id}-titel`} className="mb-3 border-b border-slate-300 pb-1 text-xl font-semibold">
        {title}{count !== undefined && <span className="font-normal text-slate-700"> ({count})</span>}
      </h2>
      {children}
    </section>
  );
}

export function Card({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return <article aria-labelledby={labelledBy} className="mb-4 rounded border border-slate-300 bg-white p-4">{children}</article>;
}

export type Item = [label: string, value: ReactNode];

export function Details({ items }: { items: (Item | false | null | undefined)[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[14rem_1fr]">
      {items.filter((i): i is Item => !!i).map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-800">{label}</dt>
          <dd className="mb-1 whitespace-pre-line sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const TONES = {
  ok: "border-green-800 bg-green-50 text-green-900",
  warn: "border-amber-800 bg-amber-50 text-amber-900",
  bad: "border-red-800 bg-red-50 text-red-900",
  info: "border-slate-500 bg-slate-100 text-slate-900",
} as const;

export function Badge({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONES[tone]}`}>{children}</span>;
}

export function labels(values: string[], label: (v: string) => string): string {
  return values.length === 0 ? "onbekend" : values.map(label).join("; ");
}

export function EmptyLine({ children }: { children: ReactNode }) {
  return <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-700">{children}</p>;
}
