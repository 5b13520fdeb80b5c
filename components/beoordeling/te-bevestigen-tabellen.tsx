// Work awaiting a second pair of eyes: veiligheidsbeoordelingen and (from the dienst engineer's query) dienst closings.
import Link from "next/link";
import { labelOf } from "@/lib/domain/codes";
import type { TeBevestigen } from "@/lib/beoordeling/queries";
import type { DienstAfsluitingTeBevestigen } from "@/lib/dienst/queries";
import { EmptyState } from "@/components/page-title";
import { datumNl } from "@/components/format-datum";
import { TermijnLabel } from "@/components/ui/termijn";

const th = "p-2 text-left";

export function BeoordelingenTeBevestigenTabel({ rijen }: { rijen: TeBevestigen[] }) {
  if (rijen.length === 0) return <EmptyState>Er wachten geen veiligheidsbeoordelingen op vaststelling.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white">
        <caption className="sr-only">Veiligheidsbeoordelingen die wachten op vaststelling</caption>
        <thead>
          <tr className="border-b">
            {[
              "Melding",
              "Casus",
              "Termijn",
              "Datum beoordeling",
              "Veiligheidstaxatie",
              "Inhoud",
              "Vastgelegd door",
              "Besloten met",
              "",
            ].map((h, i) => (
              <th key={i} scope="col" className={th}>
                {h || <span className="sr-only">Actie</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.nummer} className="border-b border-slate-200" data-testid="te-bevestigen-beoordeling">
              <th scope="row" className={`${th} whitespace-nowrap font-normal`}>
                <Link href={`/meldingen/${r.meldingNummer}`}>{r.meldingNummer}</Link>
              </th>
              <td className="p-2">
                <span className="whitespace-nowrap">{r.casusNummer}</span>
                {r.familie && <span className="block text-sm text-slate-700">{r.familie}</span>}
              </td>
              <td className="p-2">
                <TermijnLabel termijn={r.termijn} />
              </td>
              <td className="p-2">{datumNl(r.datum)}</td>
              <td className="p-2">{labelOf("G", r.taxatie)}</td>
              <td className="p-2">{labelOf("F", r.inhoud)}</td>
              <td className="p-2">{r.vastgelegdDoor}</td>
              <td className="p-2">{r.besluitMet}</td>
              <td className="p-2">
                <Link href={`/meldingen/${r.meldingNummer}/beoordeling`}>
                  Bekijken en vaststellen<span className="sr-only"> ({r.meldingNummer})</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DienstAfsluitingenTabel({ rijen }: { rijen: DienstAfsluitingTeBevestigen[] }) {
  if (rijen.length === 0) return <EmptyState>Er wachten geen afsluitingen van diensten op bevestiging.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white">
        <caption className="sr-only">Afsluitingen van diensten die wachten op bevestiging</caption>
        <thead>
          <tr className="border-b">
            {["Dienst", "Soort", "Casus", "Einddatum", "Voorgesteld door", ""].map((h, i) => (
              <th key={i} scope="col" className={th}>
                {h || <span className="sr-only">Actie</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.dienstId} className="border-b border-slate-200" data-testid="te-bevestigen-dienst">
              <th scope="row" className={`${th} whitespace-nowrap font-normal`}>
                {r.dienstnummer}
              </th>
              <td className="p-2">{r.soortLabel}</td>
              <td className="p-2">
                <Link href={`/casussen/${r.casusnummer}`}>{r.casusnummer}</Link>
              </td>
              <td className="p-2">{datumNl(r.einddatum)}</td>
              <td className="p-2">{r.voorgesteldDoor}</td>
              <td className="p-2">
                {r.eigenVoorstel ? (
                  "Eigen voorstel: een ander bevestigt"
                ) : (
                  <Link href={r.href}>
                    Bekijken en bevestigen<span className="sr-only"> ({r.dienstnummer})</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
