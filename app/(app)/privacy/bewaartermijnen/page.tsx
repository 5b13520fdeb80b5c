import { requirePage } from "@/lib/auth/guard";
import { PageTitle } from "@/components/page-title";
import { VerlengForm, VernietigForm } from "@/components/privacy/bewaartermijn-forms";
import { getBewaartermijnen } from "@/lib/bewaartermijn/queries";
import { BEWAARTERMIJN_GRONDSLAG } from "@/lib/bewaartermijn/regels";
import { formatDatumNl, parseIsoDate } from "@/lib/domain/dates";
import { formatDatumTijdNl } from "@/lib/domain/datum-tijd";

const datum = (s: string) => formatDatumNl(parseIsoDate(s)!);

export default async function Bewaartermijnen() {
  const user = await requirePage("bewaartermijn:manage");
  const b = await getBewaartermijnen(user);
  return (
    <>
      <PageTitle
        title="Bewaartermijnen"
        intro={`Afgesloten dossiers worden ${b.jaren} jaar na de afsluiting vernietigd, tenzij u besluit ze langer te bewaren.`}
      />
      <p className="mb-6 max-w-3xl text-sm">{BEWAARTERMIJN_GRONDSLAG}</p>
      <section aria-labelledby="te-vernietigen" className="mb-8">
        <h2 id="te-vernietigen" className="mb-2 text-xl font-semibold">
          Te vernietigen ({b.totaal})
        </h2>
        {b.teVernietigen.length === 0 ? (
          <p className="rounded border border-dashed border-slate-400 bg-white p-6">
            Er zijn geen dossiers waarvan de bewaartermijn is verstreken.
          </p>
        ) : (
          <ul className="space-y-4">
            {b.teVernietigen.map((c) => (
              <li key={c.id} className="rounded border border-slate-300 bg-white p-4" data-testid="te-vernietigen">
                <h3 className="font-semibold">Casus {c.nummer}</h3>
                <p className="mb-3 text-sm">
                  Van {datum(c.begindatum)} tot {datum(c.einddatum)}; te vernietigen vanaf {datum(c.vanaf)}
                  {c.reden ? ` (${c.reden})` : ""}.
                </p>
                <div className="grid gap-6 md:grid-cols-2">
                  <VernietigForm casusnummer={c.nummer} />
                  <VerlengForm casusnummer={c.nummer} />
                </div>
              </li>
            ))}
          </ul>
        )}
        {b.totaal > b.teVernietigen.length && (
          <p className="mt-2 text-sm">
            De eerste {b.teVernietigen.length} van {b.totaal} staan hier; de rest volgt als deze zijn afgehandeld.
          </p>
        )}
      </section>
      <section aria-labelledby="vernietigd">
        <h2 id="vernietigd" className="mb-2 text-xl font-semibold">
          Vernietigd
        </h2>
        {b.vernietigd.length === 0 ? (
          <p>Nog geen dossiers vernietigd.</p>
        ) : (
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Vernietigde dossiers, laatste eerst</caption>
            <thead>
              <tr>
                <th className="border-b p-2">Casus</th>
                <th className="border-b p-2">Periode</th>
                <th className="border-b p-2">Vernietigd op</th>
                <th className="border-b p-2">Door</th>
                <th className="border-b p-2">Reden</th>
              </tr>
            </thead>
            <tbody>
              {b.vernietigd.map((v) => (
                <tr key={v.casusId}>
                  <td className="border-b p-2">{v.nummer}</td>
                  <td className="border-b p-2">{v.periode}</td>
                  <td className="border-b p-2">{formatDatumTijdNl(new Date(v.op))}</td>
                  <td className="border-b p-2">{v.door}</td>
                  <td className="border-b p-2">{v.reden}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
