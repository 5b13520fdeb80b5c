// A termijn (lib/domain/termijn.ts) on screen: the state is said in words, never by colour alone.
import type { Termijn } from "@/lib/domain/termijn";
import { datumNl } from "@/components/format-datum";

const STYLE: Record<Termijn["status"], string> = {
  verstreken: "border-red-700 bg-red-50 text-red-900",
  vandaag: "border-amber-700 bg-amber-50 text-amber-900",
  open: "border-slate-400 bg-slate-50 text-slate-800",
  "op-tijd": "border-green-700 bg-green-50 text-green-900",
  "te-laat": "border-amber-700 bg-amber-50 text-amber-900",
};

/** As a label with the deadline date (work lists, the melding). */
export function TermijnLabel({ termijn, metDatum = true }: { termijn: Termijn; metDatum?: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {metDatum && <span>{datumNl(termijn.deadline)}</span>}
      <span
        className={`rounded border px-2 py-0.5 text-sm font-medium ${STYLE[termijn.status]}`}
        data-testid="termijn-status"
      >
        {termijn.status === "verstreken" && <span aria-hidden="true">⚠ </span>}
        {termijn.tekst}
      </span>
    </span>
  );
}

/** As running text, the text carrying the date (onderzoek, monitoring). */
export function TermijnTekst({ termijn }: { termijn: Termijn }) {
  return <span className={termijn.verstreken ? "font-semibold text-red-800" : undefined}>{termijn.tekst}</span>;
}
