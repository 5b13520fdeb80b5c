import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { zNummer } from "@/lib/dienst/schema";
import { zId } from "@/lib/domain/zod-fields";
import { describeGeboortedatum } from "@/lib/domain/geboortedatum";
import { bsnLabel, ROL_LABELS } from "@/lib/casus/labels";
import { getPersoonsoverzicht } from "@/lib/betrokkene/persoonsoverzicht";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { datumNl } from "@/components/format-datum";

export default async function PersoonsoverzichtPage({
  params,
}: {
  params: Promise<{ nummer: string; volgnummer: string }>;
}) {
  const user = await requirePage("casus:read");
  const { nummer, volgnummer } = await params;
  const pvn = zId.safeParse(volgnummer);
  if (!zNummer.safeParse(nummer).success || !pvn.success) notFound();
  const o = await getPersoonsoverzicht(user, nummer, pvn.data);
  if (!o) notFound();
  return (
    <>
      <Kruimelpad casusnummer={nummer} huidige={`Persoonsoverzicht ${o.naam}`} />
      <PageTitle
        title={`Persoonsoverzicht ${o.naam}`}
        intro={`BSN ${bsnLabel(o.bsn)} · geboren ${describeGeboortedatum(o.geboortedatum ?? "00000000")}`}
      />
      <p className="mb-4 text-slate-700">
        {o.gematchtOpBsn
          ? "Alle casussen van de organisatie waarin deze persoon voorkomt (op BSN), voor zover u toegang heeft."
          : "Zonder BSN is deze persoon niet met andere casussen te verbinden; u ziet alleen deze casus."}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Casussen van {o.naam}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              {["Casus", "Periode", "Fase", "Rol", "Anderen in de casus"].map((h) => (
                <th key={h} scope="col" className="p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {o.casussen.map((c) => (
              <tr key={c.nummer} className="border-b border-slate-200 align-top" data-testid="persoon-casus">
                <th scope="row" className="p-2 font-medium">
                  <Link href={`/casussen/${c.nummer}`}>{c.nummer}</Link>
                  {c.dezeCasus && <span className="block text-xs font-normal">deze casus</span>}
                </th>
                <td className="p-2">
                  {datumNl(c.begindatum)} – {c.einddatum ? datumNl(c.einddatum) : "open"}
                </td>
                <td className="p-2">{c.fase}</td>
                <td className="p-2">{ROL_LABELS[c.rol]}</td>
                <td className="p-2">
                  {c.anderen.length === 0 ? (
                    "—"
                  ) : (
                    <ul>
                      {c.anderen.map((a, i) => (
                        <li key={i}>
                          {a.naam} ({ROL_LABELS[a.rol].toLowerCase()})
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
