import Link from "next/link";
import { describeGeboortedatum } from "@/lib/domain/geboortedatum";
import { ROL_LABELS } from "@/lib/casus/labels";
import { MAX_CASUSSEN_TEKST, SOORT_LABELS } from "@/lib/zoeken/labels";
import type { ZoekResultaat } from "@/lib/zoeken/types";
import { datumNl } from "@/components/format-datum";

function AdviesResultaat({ r }: { r: ZoekResultaat }) {
  const a = r.advies;
  return (
    <section aria-labelledby="resultaten-titel">
      <h2 id="resultaten-titel" className="mb-1 text-xl font-semibold">
        Resultaten
      </h2>
      <p role="status" className="mb-3 text-slate-700">
        Gezocht op {SOORT_LABELS[r.soort]}: {r.geenToegang ?? (a ? "1 advies gevonden." : "geen advies gevonden.")}
      </p>
      {a && (
        <p className="rounded border border-slate-300 bg-white p-3">
          <Link href={`/adviezen/${encodeURIComponent(a.nummer)}`}>Advies {a.nummer}</Link> · gestart{" "}
          {datumNl(a.startdatum)} · {a.einddatum ? `afgesloten op ${datumNl(a.einddatum)}` : "open"} · {a.behandelaar}
        </p>
      )}
    </section>
  );
}

export function ZoekResultaten({ r }: { r: ZoekResultaat }) {
  if (r.soort === "adviesnummer") return <AdviesResultaat r={r} />;
  const aantal = r.casussen.length;
  return (
    <section aria-labelledby="resultaten-titel">
      <h2 id="resultaten-titel" className="mb-1 text-xl font-semibold">
        Resultaten
      </h2>
      <p role="status" className="mb-3 text-slate-700">
        Gezocht op {SOORT_LABELS[r.soort]}:{" "}
        {aantal === 0
          ? "geen casussen gevonden (binnen uw toegang)."
          : `${aantal} ${aantal === 1 ? "casus" : "casussen"} gevonden.`}
        {r.teVeel && ` ${MAX_CASUSSEN_TEKST}`}
      </p>
      {aantal > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Gevonden casussen met de betrokkenen die overeenkomen</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {["Casus", "Periode", "Fase", "Gemeente", "Casemanager", "Betrokkenen"].map((h) => (
                  <th key={h} scope="col" className="p-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.casussen.map((c) => (
                <tr key={c.nummer} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-medium">
                    <Link href={`/casussen/${encodeURIComponent(c.nummer)}`}>{c.nummer}</Link>
                    {c.hermelding && <span className="block text-xs font-normal">Hermelding</span>}
                  </th>
                  <td className="p-2">
                    {datumNl(c.begindatum)} – {c.einddatum ? datumNl(c.einddatum) : "open"}
                  </td>
                  <td className="p-2">{c.stageLabel}</td>
                  <td className="p-2">{c.gemeente ?? "onbekend"}</td>
                  <td className="p-2">{c.casemanager ?? "niet toegewezen"}</td>
                  <td className="p-2">
                    <ul>
                      {c.personen.map((p) => (
                        <li key={p.id}>
                          {p.naam} — {ROL_LABELS[p.rol].toLowerCase()}, geboren{" "}
                          {describeGeboortedatum(p.geboortedatum ?? "00000000")}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
