// Af te sluiten: voordeur casussen after "Geen vervolgstappen nodig" or "Inzet regionaal maatwerk", with what
// still blocks closing each one, or the link to close it.
import Link from "next/link";
import type { AfTeSluitenRij } from "@/lib/casus/voordeur-afsluiten";
import { EmptyState } from "@/components/page-title";
import { datumNl } from "@/components/format-datum";

const th = "p-2 text-left";

export function AfTeSluitenTabel({ rijen }: { rijen: AfTeSluitenRij[] }) {
  if (rijen.length === 0) return <EmptyState>Er staan geen casussen klaar om te sluiten.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white">
        <caption className="sr-only">Casussen zonder vervolgstappen door Veilig Thuis die nog open staan</caption>
        <thead>
          <tr className="border-b">
            {["Casus", "Begindatum", "Laatste beoordeling", "Wat nog ontbreekt", ""].map((h, i) => (
              <th key={i} scope="col" className={th}>
                {h || <span className="sr-only">Actie</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.casusnummer} className="border-b border-slate-200" data-testid="af-te-sluiten">
              <th scope="row" className={`${th} whitespace-nowrap font-normal`}>
                <Link href={`/casussen/${r.casusnummer}`}>{r.casusnummer}</Link>
                {r.familie && <span className="block text-sm text-slate-700">{r.familie}</span>}
              </th>
              <td className="p-2">{datumNl(r.begindatum)}</td>
              <td className="p-2">
                {r.beoordeling ? `${r.beoordeling.inhoud} (${datumNl(r.beoordeling.datum)})` : "—"}
              </td>
              <td className="p-2">
                {r.blokkades.length === 0 ? (
                  "Niets: de casus kan gesloten worden"
                ) : (
                  <ul className="list-disc pl-5">
                    {r.blokkades.map((b) => (
                      <li key={b}>{b}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="p-2">
                {r.blokkades.length === 0 && (
                  <Link href={`/casussen/${r.casusnummer}/afsluiten`}>
                    Casus sluiten<span className="sr-only"> ({r.casusnummer})</span>
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
