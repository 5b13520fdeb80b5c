// Read-only data as a definition list: label and value per row, "—" for a missing value. `boxed` puts the list on
// a card of its own (the step pages); without it, it sits inside a section or card.
import type { ReactNode } from "react";

export type Item = [label: string, value: ReactNode];

export function Details({
  items,
  boxed = false,
}: {
  items: (Item | false | null | undefined | "")[];
  boxed?: boolean;
}) {
  const frame = boxed ? "mb-6 rounded border border-slate-300 bg-white p-4" : "";
  return (
    <dl className={`grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[14rem_1fr] ${frame}`}>
      {items
        .filter((i): i is Item => !!i)
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-800">{label}</dt>
            <dd className="mb-1 whitespace-pre-line sm:mb-0">{value ?? <span className="text-slate-600">—</span>}</dd>
          </div>
        ))}
    </dl>
  );
}
