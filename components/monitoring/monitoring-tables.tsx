// The overdrachten and monitoringsmomenten of a casus as tables with row headers.
import type { MonitoringView } from "@/lib/monitoring/queries";
import { datumNl } from "@/components/format-datum";

const th = "p-2";

export function OverdrachtenTable({ overdrachten }: { overdrachten: MonitoringView["overdrachten"] }) {
  if (overdrachten.length === 0) return <p className="mb-4 text-slate-700">Er is nog geen overdracht vastgelegd.</p>;
  return (
    <div className="mb-6 overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Overdrachten</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {["Datum", "Overdracht", "Moment", "Partij", "Hulp", "Betrokkenen", "Toelichting"].map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overdrachten.map((o) => (
            <tr key={o.nummer} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-medium">
                {datumNl(o.datum)}
              </th>
              <td className="p-2">{o.nummer}</td>
              <td className="p-2">
                {o.moment}
                {o.bron ? ` (${o.bron})` : ""}
              </td>
              <td className="p-2">{o.partij}</td>
              <td className="p-2">{o.hulp}</td>
              <td className="p-2">{o.betrokkenen.join(", ")}</td>
              <td className="p-2 whitespace-pre-line">{o.toelichting}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MomentenTable({ momenten }: { momenten: MonitoringView["momenten"] }) {
  if (momenten.length === 0) return <p className="mb-4 text-slate-700">Er zijn nog geen monitoringsmomenten.</p>;
  return (
    <div className="mb-6 overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Monitoringsmomenten</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {["Datum", "Monitoringsmoment", "Veiligheidsscore", "Notitie"].map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...momenten].reverse().map((m) => (
            <tr key={m.nummer} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-medium">
                {datumNl(m.datum)}
              </th>
              <td className="p-2">{m.nummer}</td>
              <td className="p-2 tabular-nums">{m.score}</td>
              <td className="p-2 whitespace-pre-line">{m.notitie}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
