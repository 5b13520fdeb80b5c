import Link from "next/link";
import type { MonitoringView } from "@/lib/casus/overview-types";
import { PlanGrafiek } from "@/components/veiligheidsplan/plan-grafiek";
import { HeroverwegenBadge } from "@/components/veiligheidsplan/plan-tabellen";
import { datumNl } from "@/components/format-datum";
import { Details } from "@/components/ui/details";
import { EmptyLine, Section } from "@/components/ui/section";

export function MonitoringSection({
  monitoring,
  gesloten,
  corrigeerBasis,
  basis,
}: {
  monitoring: MonitoringView;
  /** The casus page's path. */
  basis: string;
  gesloten: boolean;
  /** The casus page's path when the user may correct (…/monitoring/{id}/corrigeren). */
  corrigeerBasis?: string;
}) {
  const { momenten, volgende, plan } = monitoring;
  const geldend = plan.voorwaarden.filter((v) => v.actief);
  const heroverwegen = plan.voorwaarden.filter((v) => v.heroverwegen);
  return (
    <Section id="monitoring" title="Monitoring" count={momenten.length}>
      <Details
        items={[
          [
            "Volgende monitoring",
            gesloten
              ? "niet meer: de casus is gesloten"
              : volgende
                ? `uiterlijk ${datumNl(volgende)}`
                : "pas na een overdracht",
          ],
          momenten.length > 0 ? ["Eerste monitoring", datumNl(momenten[0].datum)] : null,
          [
            "Veiligheidsplan",
            <>
              {plan.voorwaarden.length === 0
                ? "nog geen voorwaarden"
                : `${geldend.length} ${geldend.length === 1 ? "voorwaarde geldt" : "voorwaarden gelden"}`}
              {heroverwegen.length > 0 && <HeroverwegenBadge />}{" "}
              <Link href={`${basis}/veiligheidsplan`}>Naar het veiligheidsplan</Link>
            </>,
          ],
        ]}
      />
      {momenten.length === 0 ? (
        <div className="mt-3">
          <EmptyLine>Er zijn nog geen monitoringsmomenten.</EmptyLine>
        </div>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <PlanGrafiek punten={plan.punten} titel="Veiligheidsscore en voorwaarden per monitoringsmoment" />
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="mb-1 text-left font-medium">Monitoringsmomenten</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {[
                  "Datum",
                  "Monitoringsmoment",
                  "Veiligheidsscore",
                  "Notitie",
                  ...(corrigeerBasis ? ["Correctie"] : []),
                ].map((h) => (
                  <th key={h} scope="col" className="p-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {momenten.map((m) => (
                <tr key={m.nummer} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-medium">
                    {datumNl(m.datum)}
                  </th>
                  <td className="p-2">{m.nummer}</td>
                  <td className="p-2 tabular-nums">{m.score}</td>
                  <td className="p-2">{m.notitie ?? ""}</td>
                  {corrigeerBasis && (
                    <td className="p-2">
                      <Link href={`${corrigeerBasis}/monitoring/${m.nummer}/corrigeren`}>
                        Corrigeren<span className="sr-only"> monitoringsmoment {m.nummer}</span>
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
