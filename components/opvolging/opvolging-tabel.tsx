// The voordeur's follow-up work: terugkoppeling aan de melder and informing betrokkenen still to be recorded.
import Link from "next/link";
import type { OpvolgingRij } from "@/lib/opvolging/werkvoorraad";
import { EmptyState } from "@/components/page-title";
import { datumNl } from "@/components/format-datum";
import { TermijnLabel } from "@/components/ui/termijn";

const th = "p-2 text-left";

export function OpvolgingTabel({ rijen }: { rijen: OpvolgingRij[] }) {
  if (rijen.length === 0) return <EmptyState>Geen terugkoppeling of informeren open.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white">
        <caption className="sr-only">Meldingen waarvan de terugkoppeling of het informeren nog open staat</caption>
        <thead>
          <tr className="border-b">
            {["Melding", "Casus", "Datum melding", "Terugkoppeling aan de melder", "Betrokkenen informeren"].map(
              (h) => (
                <th key={h} scope="col" className={th}>
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.nummer} className="border-b border-slate-200" data-testid="opvolging">
              <th scope="row" className={`${th} whitespace-nowrap font-normal`}>
                <Link href={`/meldingen/${r.nummer}`}>{r.nummer}</Link>
              </th>
              <td className="p-2">
                <span className="whitespace-nowrap">{r.casusNummer}</span>
                {r.familie && <span className="block text-sm text-slate-700">{r.familie}</span>}
              </td>
              <td className="p-2">{datumNl(r.datumMelding)}</td>
              <td className="p-2">{r.terugkoppeling ? <TermijnLabel termijn={r.terugkoppeling} /> : "—"}</td>
              <td className="p-2">
                {r.informeren ? (
                  <>
                    {r.informeren.open} {r.informeren.open === 1 ? "betrokkene" : "betrokkenen"} ·{" "}
                    <TermijnLabel termijn={r.informeren.termijn} />
                  </>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
