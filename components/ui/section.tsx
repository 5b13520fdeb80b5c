// A titled part of a page (h2), with its count and actions; `boxed` draws it as a card. Also the card of one
// record and the line that says a list is empty.
import type { ReactNode } from "react";

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");

export function Section({
  id,
  title,
  count,
  actions,
  boxed = false,
  children,
}: {
  id?: string;
  title: string;
  count?: number;
  actions?: ReactNode;
  boxed?: boolean;
  children: ReactNode;
}) {
  const titleId = `${id ?? `sectie-${slug(title)}`}-titel`;
  const heading = (
    <h2
      id={titleId}
      className={boxed ? "text-lg font-semibold" : "mb-3 border-b border-slate-300 pb-1 text-xl font-semibold"}
    >
      {title}
      {count !== undefined && <span className="font-normal text-slate-700"> ({count})</span>}
    </h2>
  );
  return (
    <section aria-labelledby={titleId} className={boxed ? "mb-6 rounded border border-slate-300 bg-white p-4" : "mb-8"}>
      {boxed || actions ? (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}

export function Card({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <article aria-labelledby={labelledBy} className="mb-4 rounded border border-slate-300 bg-white p-4">
      {children}
    </article>
  );
}

export function EmptyLine({ children }: { children: ReactNode }) {
  return <p className="rounded border border-dashed border-slate-400 bg-white p-4 text-slate-700">{children}</p>;
}
