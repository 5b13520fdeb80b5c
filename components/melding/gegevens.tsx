// Read-only data as a definition list, and code lists shown with their labels.
import type { ReactNode } from "react";
import { labelOf, type LijstNaam } from "@/lib/domain/codes";

export function Gegevens({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="mb-2 sm:mb-0">{value ?? <span className="text-slate-600">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

export function codeLabels(lijst: LijstNaam, codes: string[], leeg = "Onbekend"): string {
  return codes.length ? codes.map((c) => labelOf(lijst, c)).join("; ") : leeg;
}

export { datumNl } from "@/components/format-datum";

export function Sectie({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={`sectie-${slug(title)}`} className="mb-6 rounded border border-slate-300 bg-white p-4">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={`sectie-${slug(title)}`} className="text-lg font-semibold">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");
