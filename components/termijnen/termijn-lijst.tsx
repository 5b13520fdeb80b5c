import Link from "next/link";
import type { TermijnItem } from "@/lib/termijnen/compute";
import type { Lijst, LijstDef, Zoekparams } from "@/lib/lijst/params";
import { datumNl } from "@/components/format-datum";
import { GepagineerdeLijst } from "@/components/lijst/lijst-navigatie";

type Props = {
  id: string;
  titel: string;
  lijst: Lijst<TermijnItem>;
  def: LijstDef;
  sp: Zoekparams;
  leeg: string;
  kolommen: { nummer: string; datum: string; wie: string; eenheid: string };
};

/** A paged list of overdue items, each linked to its casus. */
export function TermijnLijst({ id, titel, lijst, def, sp, leeg, kolommen }: Props) {
  const items = lijst.rijen;
  return (
    <section aria-labelledby={`${id}-titel`} className="mb-6">
      <h3 id={`${id}-titel`} className="mb-2 text-lg font-semibold">
        {titel} ({lijst.pagina.totaal})
      </h3>
      <GepagineerdeLijst pad="/termijnen" sp={sp} def={def} lijst={lijst} naam={titel} eenheid={["item", "items"]}>
        {items.length === 0 ? (
          <p className="text-slate-700">{leeg}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <thead>
                <tr className="border-b border-slate-400">
                  {[
                    kolommen.nummer,
                    "Casus",
                    kolommen.datum,
                    "Uiterlijk",
                    "Afgerond",
                    `Over de termijn (${kolommen.eenheid})`,
                    "Status",
                    kolommen.wie,
                  ].map((h) => (
                    <th key={h} scope="col" className="p-2">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.nummer} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-medium">
                      {i.nummer}
                    </th>
                    <td className="p-2">
                      <Link href={`/casussen/${encodeURIComponent(i.casusNummer)}`}>{i.casusNummer}</Link>
                    </td>
                    <td className="p-2">{datumNl(i.datum)}</td>
                    <td className="p-2">{datumNl(i.deadline)}</td>
                    <td className="p-2">{i.afgerond ? datumNl(i.afgerond) : "nog niet"}</td>
                    <td className="p-2 tabular-nums">{i.overschrijding}</td>
                    <td className="p-2">{i.status}</td>
                    <td className="p-2">{i.wie ?? "niet toegewezen"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </GepagineerdeLijst>
    </section>
  );
}
