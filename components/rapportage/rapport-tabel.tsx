// One breakdown as a table (this period, the previous one, the difference), optionally with its chart beside it.
import type { Tabel } from "@/lib/rapportage/rapport";
import { klein } from "@/lib/rapportage/rapport";
import { StaafGrafiek } from "./staaf-grafiek";

const verschil = (a: number, b: number) => (a === b ? "0" : a > b ? `+${a - b}` : `${a - b}`);

export function RapportTabel({
  t,
  nu,
  toen,
  extern,
  grafiek = false,
}: {
  t: Tabel;
  nu: string;
  toen: string;
  extern: boolean;
  grafiek?: boolean;
}) {
  return (
    <section aria-labelledby={`t-${t.id}`} className="mb-8" data-testid={`tabel-${t.id}`}>
      <h3 id={`t-${t.id}`} className="text-lg font-semibold">
        {t.titel}
      </h3>
      <p className="mb-2 text-sm text-slate-700">{t.uitleg}</p>
      {t.rijen.length === 0 ? (
        <p className="text-sm">Geen gegevens in deze periodes.</p>
      ) : (
        <div className={grafiek ? "grid gap-4 lg:grid-cols-2" : ""}>
          {grafiek && <StaafGrafiek titel={t.titel} staven={t.rijen} nu={nu} toen={toen} />}
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">
              {t.titel}: {nu} en {toen}
            </caption>
            <thead>
              <tr>
                <th className="border-b p-2">{t.titel}</th>
                <th className="border-b p-2 text-right">{nu}</th>
                <th className="border-b p-2 text-right">{toen}</th>
                <th className="border-b p-2 text-right">Verschil</th>
              </tr>
            </thead>
            <tbody>
              {t.rijen.map((r) => (
                <tr key={r.sleutel}>
                  <th scope="row" className="border-b p-2 font-normal">
                    {r.label}
                  </th>
                  <td className="border-b p-2 text-right">{klein(r.huidig, extern)}</td>
                  <td className="border-b p-2 text-right">{klein(r.vorige, extern)}</td>
                  <td className="border-b p-2 text-right">{extern ? "" : verschil(r.huidig, r.vorige)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
