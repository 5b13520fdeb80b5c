import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { PageTitle } from "@/components/page-title";
import { RapportKeuze } from "@/components/rapportage/rapport-keuze";
import { RapportTabel } from "@/components/rapportage/rapport-tabel";
import { GemeenteTabel, KerncijferTabel, DoorlooptijdTabel } from "@/components/rapportage/vaste-tabellen";
import { leesGemeenteKeuzes, leesRapport } from "@/lib/rapportage/queries";
import { parseRapportPeriode } from "@/lib/rapportage/periode";
import { standaardKeuze, standaardPeriode } from "@/lib/rapportage/standaard";
import type { Zoekparams } from "@/lib/lijst/params";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const MET_GRAFIEK = new Set(["aard", "melder", "partij", "leeftijd"]);

export default async function Rapportages({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("rapportage:read");
  const sp = await searchParams;
  const gevraagd = first(sp.periode)?.trim() || standaardPeriode();
  const keuze = parseRapportPeriode(gevraagd);
  const periode = keuze.ok ? keuze.periode : standaardKeuze();
  const gemeenten = await leesGemeenteKeuzes(user);
  const gevraagdeGemeente = first(sp.gemeente) ?? "";
  const gemeente = gemeenten.some((g) => g.code === gevraagdeGemeente) ? gevraagdeGemeente : null;
  const extern = first(sp.extern) === "ja";
  const r = await leesRapport(user, periode, gemeente);
  const query = new URLSearchParams({
    periode: periode.code,
    ...(gemeente ? { gemeente } : {}),
    ...(extern ? { extern: "ja" } : {}),
  });
  const nu = r.periode.label,
    toen = r.vorige.label;
  return (
    <>
      <PageTitle
        title="Rapportages"
        intro="Beleidsinformatie over een periode, voor de hele regio of één gemeente, met de vorige periode ernaast. Alleen aantallen: geen persoonsgegevens."
      />
      <RapportKeuze
        periode={keuze.ok ? periode.code : gevraagd}
        gemeente={gemeente ?? ""}
        extern={extern}
        gemeenten={gemeenten}
        fout={keuze.ok ? undefined : `${keuze.message} Hieronder: ${periode.label}.`}
      />
      {gevraagdeGemeente && !gemeente && (
        <p role="status" className="mb-4 rounded border border-amber-600 bg-amber-50 p-3">
          Onbekende gemeente; hieronder de hele regio.
        </p>
      )}
      <h2 className="mb-1 text-xl font-semibold">
        {nu}
        {r.gemeente ? ` — ${r.gemeente.naam}` : " — hele regio"}
      </h2>
      <p className="mb-4 text-sm">
        Van {r.periode.van} tot en met {r.periode.tot}; vergeleken met {toen}.{" "}
        <a className="underline" href={`/api/rapportages?${query}&formaat=xlsx`} download>
          Downloaden als Excel (XLSX)
        </a>{" "}
        ·{" "}
        <a className="underline" href={`/api/rapportages?${query}&formaat=csv`} download>
          Downloaden als CSV
        </a>{" "}
        · <Link href={`/rapportages/gemeentebrief?${query}`}>Gemeentebrief</Link>
      </p>
      <KerncijferTabel r={r} />
      <GemeenteTabel r={r} extern={extern} />
      {r.tabellen.map((t) => (
        <RapportTabel key={t.id} t={t} nu={nu} toen={toen} extern={extern} grafiek={MET_GRAFIEK.has(t.id)} />
      ))}
      <DoorlooptijdTabel r={r} />
    </>
  );
}
