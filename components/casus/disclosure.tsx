// A native <details> disclosure for an inline form in a table row (keyboard and screen reader friendly).
import type { ReactNode } from "react";

export function Disclosure({
  summary,
  srSuffix,
  children,
}: {
  summary: string;
  srSuffix?: string;
  children: ReactNode;
}) {
  return (
    <details className="group">
      <summary className="cursor-pointer text-blue-800 underline underline-offset-2">
        {summary}
        {srSuffix && <span className="sr-only"> {srSuffix}</span>}
      </summary>
      <div className="mt-2 rounded border border-slate-300 bg-slate-50 p-3">{children}</div>
    </details>
  );
}
