// Small building blocks of the achterdeur pages: the path back to the casus, notices, labelled values.
import Link from "next/link";
import type { ReactNode } from "react";

export function Kruimelpad({ casusnummer, huidige }: { casusnummer: string; huidige: string }) {
  return (
    <nav aria-label="Kruimelpad" className="mb-2 text-sm">
      <ol className="flex flex-wrap gap-2">
        <li><Link href={`/casussen/${casusnummer}`} className="underline">Casus {casusnummer}</Link> <span aria-hidden="true">›</span></li>
        <li aria-current="page">{huidige}</li>
      </ol>
    </nav>
  );
}

const TONES = {
  info: "border-slate-500 bg-slate-100 text-slate-900",
  warn: "border-amber-800 bg-amber-50 text-amber-900",
  bad: "border-red-800 bg-red-50 text-red-900",
  ok: "border-green-800 bg-green-50 text-green-900",
} as const;

export function Notice({ tone = "info", title, children }: { tone?: keyof typeof TONES; title?: string; children: ReactNode }) {
  return (
    <div className={`mb-4 rounded border p-4 ${TONES[tone]}`}>
      {title && <p className="mb-1 font-semibold">{title}</p>}
      {children}
    </div>
  );
}

export function Redenen({ redenen }: { redenen: string[] }) {
  return redenen.length === 1 ? <p>{redenen[0]}</p> : <ul className="list-disc pl-5">{redenen.map((r) => <li key={r}>{r}</li>)}</ul>;
}

export type Gegeven = [label: string, value: ReactNode];

export function Gegevens({ items }: { items: (Gegeven | false | null | undefined | "")[] }) {
  return (
    <dl className="mb-6 grid grid-cols-1 gap-x-6 gap-y-1 rounded border border-slate-300 bg-white p-4 sm:grid-cols-[16rem_1fr]">
      {items.filter((i): i is Gegeven => !!i).map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-800">{label}</dt>
          <dd className="mb-1 whitespace-pre-line sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Termijn({ tekst, verlopen }: { tekst: string; verlopen: boolean }) {
  return <span className={verlopen ? "font-semibold text-red-800" : undefined}>{tekst}</span>;
}
