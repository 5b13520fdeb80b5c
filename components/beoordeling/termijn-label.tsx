// The beoordeling deadline in words (and colour): overdue is said in text, never by colour alone.
import type { Termijn } from "@/lib/domain/termijn";
import { datumNl } from "@/components/melding/gegevens";

const STYLE: Record<Termijn["status"], string> = {
  verstreken: "border-red-700 bg-red-50 text-red-900",
  vandaag: "border-amber-700 bg-amber-50 text-amber-900",
  open: "border-slate-400 bg-slate-50 text-slate-800",
  "op-tijd": "border-green-700 bg-green-50 text-green-900",
  "te-laat": "border-amber-700 bg-amber-50 text-amber-900",
};

export function TermijnLabel({ termijn, metDatum = true }: { termijn: Termijn; metDatum?: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {metDatum && <span>{datumNl(termijn.deadline)}</span>}
      <span className={`rounded border px-2 py-0.5 text-sm font-medium ${STYLE[termijn.status]}`} data-testid="termijn-status">
        {termijn.status === "verstreken" && <span aria-hidden="true">⚠ </span>}{termijn.tekst}
      </span>
    </span>
  );
}
