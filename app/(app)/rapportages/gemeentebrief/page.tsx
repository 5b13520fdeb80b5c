import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { leesGemeenteKeuzes, leesRapport } from "@/lib/rapportage/queries";
import { parseRapportPeriode } from "@/lib/rapportage/periode";
import { standaardKeuze } from "@/lib/rapportage/standaard";
import { GEMEENTEBRIEF, klein, type Rapport } from "@/lib/rapportage/rapport";
import { GEMEENTE_TELLINGEN } from "@/lib/rapportage/cijfers";
import { GemeenteRijen } from "@/components/rapportage/vaste-tabellen";
import type { Zoekparams } from "@/lib/lijst/params";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const k = (n: number) => klein(n, true);

/** The figures a municipal council letter uses, for one gemeente or the whole region; always for outside (<5). */
export default async function Gemeentebrief({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("rapportage:read");
  const sp = await searchParams;
  const keuze = parseRapportPeriode(first(sp.periode) ?? "");
  const periode = keuze.ok ? keuze.periode : standaardKeuze();
  const gemeenten = await leesGemeenteKeuzes(user);
  const gemeente = gemeenten.find((g) => g.code === first(sp.gemeente))?.code ?? null;
  const r = await leesRapport(user, periode, gemeente, GEMEENTEBRIEF);
  const wie = r.gemeente ? `inwoners van ${r.gemeente.naam}` : "inwoners van de regio";
  const totaal = som(r);
  return (
    <article className="max-w-3xl bg-white p-6 print:p-0" aria-labelledby="brief-kop">
      <p className="mb-4 text-sm print:hidden">
        <Link href={`/rapportages?periode=${r.periode.code}${gemeente ? `&gemeente=${gemeente}` : ""}`}>
          Terug naar de rapportage
        </Link>{" "}
        · Afdrukken of opslaan als PDF met Ctrl+P.
      </p>
      <h1 id="brief-kop" className="mb-2 text-2xl font-semibold">
        Veilig Thuis in {r.gemeente ? `de gemeente ${r.gemeente.naam}` : "de regio"}: {r.periode.label}
      </h1>
      <p className="mb-4">
        In het {r.periode.label} ({r.periode.van} tot en met {r.periode.tot}) gaf Veilig Thuis {k(totaal.adviezen)}{" "}
        adviezen en ontving het {k(totaal.meldingen)} meldingen over {wie}. Er begonnen {k(totaal.casussen_gestart)}{" "}
        casussen, {k(totaal.onderzoeken_gestart)} onderzoeken en {k(totaal.vv_gestart)} trajecten Voorwaarden en
        Vervolg; {k(totaal.overdrachten)} personen werden overgedragen aan een andere partij en {k(totaal.monitoring)}{" "}
        gezinnen werden gemonitord. Aantallen onder de vijf staan als &lt;5, zodat geen gezin herkenbaar is.
      </p>
      {!r.gemeente && (
        <div className="mb-6">
          <GemeenteRijen
            rijen={r.per_gemeente}
            extern
            caption="Per gemeente"
            captionClassName="mb-1 text-left font-semibold"
          />
        </div>
      )}
      {GEMEENTEBRIEF.tabellen.map((id) => {
        const t = r.tabellen.find((x) => x.id === id)!;
        return (
          <table key={id} className="mb-6 w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left font-semibold">{t.titel}</caption>
            <thead>
              <tr>
                <th className="border-b p-1">{t.uitleg}</th>
                <th className="border-b p-1 text-right">{r.periode.label}</th>
                <th className="border-b p-1 text-right">{r.vorige.label}</th>
              </tr>
            </thead>
            <tbody>
              {t.rijen.map((x) => (
                <tr key={x.sleutel}>
                  <th scope="row" className="border-b p-1 font-normal">
                    {x.label}
                  </th>
                  <td className="border-b p-1 text-right">{k(x.huidig)}</td>
                  <td className="border-b p-1 text-right">{k(x.vorige)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      <p className="text-sm text-slate-700">
        Bron: registratie Veilig Thuis; tellingen volgens de definities van het CBS (adviezen gestart, meldingen
        ontvangen, overdrachten per persoon in casussen gesloten in de periode).
      </p>
    </article>
  );
}

function som(r: Rapport) {
  const totaal = {} as Record<(typeof GEMEENTE_TELLINGEN)[number], number>;
  for (const key of GEMEENTE_TELLINGEN) totaal[key] = r.per_gemeente.reduce((s, g) => s + g[key], 0);
  return totaal;
}
