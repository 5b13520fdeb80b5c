// The veiligheidsplan as tables: the voorwaarden (what, who, from when, how checked, status) and the oordelen per
// monitoringsmoment — the same figures as the chart, readable without it.
import Link from "next/link";
import type { PlanPunt, VoorwaardeView } from "@/lib/veiligheidsplan/plan";
import { datumNl } from "@/components/format-datum";
import { EmptyLine } from "@/components/ui/section";

const OORDEEL_KLASSE = {
  NAGEKOMEN: "bg-green-100 text-green-900",
  DEELS: "bg-amber-100 text-amber-900",
  NIET: "bg-red-100 text-red-900",
} as const;

export function HeroverwegenBadge() {
  return <span className="ml-2 rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">Heroverwegen</span>;
}

export function VoorwaardenTabel({
  voorwaarden,
  wijzigBasis,
}: {
  voorwaarden: VoorwaardeView[];
  /** …/veiligheidsplan when the user may change the plan. */
  wijzigBasis?: string;
}) {
  if (voorwaarden.length === 0) return <EmptyLine>Er zijn nog geen voorwaarden afgesproken.</EmptyLine>;
  const koppen = [
    "Nr.",
    "Omschrijving",
    "Wie",
    "Per wanneer",
    "Hoe gecontroleerd",
    "Status",
    ...(wijzigBasis ? ["Actie"] : []),
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="mb-1 text-left font-medium">Voorwaarden</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {koppen.map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {voorwaarden.map((v) => (
            <tr key={v.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal tabular-nums">
                {v.volgnummer}
              </th>
              <td className="p-2">
                {v.omschrijving}
                {v.heroverwegen && <HeroverwegenBadge />}
              </td>
              <td className="p-2">{v.wie}</td>
              <td className="p-2 whitespace-nowrap">{datumNl(v.perDatum)}</td>
              <td className="p-2">{v.controle}</td>
              <td className="p-2">
                {v.beeindigdOp ? (
                  <>
                    Beëindigd op {datumNl(v.beeindigdOp)}: {v.beeindigdReden}
                  </>
                ) : (
                  <>Geldt sinds {datumNl(v.afgesprokenOp)}</>
                )}
              </td>
              {wijzigBasis && (
                <td className="p-2">
                  {!v.beeindigdOp && (
                    <Link href={`${wijzigBasis}/${v.volgnummer}`} className="text-blue-800 underline">
                      Wijzigen of beëindigen<span className="sr-only"> voorwaarde {v.volgnummer}</span>
                    </Link>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Rows: the score and each voorwaarde; columns: the monitoringsmomenten in date order. */
export function OordelenTabel({ voorwaarden, punten }: { voorwaarden: VoorwaardeView[]; punten: PlanPunt[] }) {
  if (punten.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="mb-1 text-left font-medium">Veiligheidsscore en voorwaarden per monitoringsmoment</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2">
              Monitoringsmoment
            </th>
            {punten.map((p) => (
              <th key={p.moment} scope="col" className="p-2 whitespace-nowrap">
                {datumNl(p.datum)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-slate-200">
            <th scope="row" className="p-2 font-medium">
              Veiligheidsscore
            </th>
            {punten.map((p) => (
              <td key={p.moment} className="p-2 tabular-nums">
                {p.score}
              </td>
            ))}
          </tr>
          {voorwaarden.map((v) => (
            <tr key={v.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                {v.volgnummer}. {v.omschrijving}
              </th>
              {punten.map(({ momentId }) => {
                const o = v.oordelen[momentId];
                return (
                  <td key={momentId} className="p-2">
                    {o ? (
                      <>
                        <span className={`rounded px-1.5 py-0.5 font-medium ${OORDEEL_KLASSE[o.oordeel]}`}>
                          {o.label}
                        </span>
                        {o.notitie && <span className="mt-1 block text-slate-700">{o.notitie}</span>}
                      </>
                    ) : (
                      <span className="text-slate-600">—</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
