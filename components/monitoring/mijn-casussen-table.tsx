// The case manager's own open casussen: stage, the next deadline (overdue spelled out) and the last score.
import Link from "next/link";
import type { MijnCasus } from "@/lib/monitoring/mijn-casussen";
import { TermijnTekst } from "@/components/ui/termijn";

export function MijnCasussenTable({ casussen }: { casussen: MijnCasus[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">Mijn casussen, meest dringende termijn eerst</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {["Casusnummer", "Gemeente", "Fase", "Volgende termijn", "Laatste veiligheidsscore"].map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {casussen.map((c) => (
            <tr key={c.casusnummer} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-medium">
                <Link href={`/casussen/${c.casusnummer}`} className="underline">
                  {c.casusnummer}
                </Link>
                {c.familie && <span className="block text-sm font-normal text-slate-700">{c.familie}</span>}
              </th>
              <td className="p-2">{c.gemeente}</td>
              <td className="p-2">
                {c.fase}
                {c.aandacht && <span className="block text-sm text-slate-700">{c.aandacht}</span>}
              </td>
              <td className="p-2">
                {c.termijn ? (
                  <>
                    <Link href={c.termijn.href} className="underline">
                      {c.termijn.label}
                    </Link>
                    <span className="block">
                      <TermijnTekst termijn={c.termijn} />
                    </span>
                  </>
                ) : (
                  <span className="text-slate-700">Geen</span>
                )}
              </td>
              <td className="p-2">
                {c.laatsteScore ? (
                  <>
                    <span className="tabular-nums">{c.laatsteScore.score}</span>{" "}
                    <span className="text-sm text-slate-700">({c.laatsteScore.datum})</span>
                  </>
                ) : (
                  <span className="text-slate-700">Nog geen</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
