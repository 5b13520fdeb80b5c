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
import { KoppelForm, Ontkoppelen, RelatieForm, RelatieVerwijderen } from "@/components/betrokkene/relatie-forms";

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
          ? "Alle casussen van de organisatie waarin deze persoon voorkomt (op BSN of gekoppeld), voor zover u toegang heeft."
          : "Zonder BSN wordt deze persoon alleen met andere casussen verbonden als een medewerker dat heeft vastgelegd (koppelen, hieronder)."}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Casussen van {o.naam}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              {["Casus", "Periode", "Fase", "Rol", "Relaties", "Anderen in de casus"].map((h) => (
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
                  {c.gekoppeld && <span className="block text-xs font-normal">gekoppeld</span>}
                </th>
                <td className="p-2">
                  {datumNl(c.begindatum)} – {c.einddatum ? datumNl(c.einddatum) : "open"}
                </td>
                <td className="p-2">{c.fase}</td>
                <td className="p-2">{ROL_LABELS[c.rol]}</td>
                <td className="p-2">
                  {c.relaties.length === 0 ? (
                    "—"
                  ) : (
                    <ul>
                      {c.relaties.map((r) => (
                        <li key={r.id} className="mb-1">
                          {r.tekst}{" "}
                          {c.dezeCasus && o.magSchrijven && (
                            <RelatieVerwijderen casusnummer={nummer} relatieId={r.id} tekst={r.tekst} />
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
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
      {o.magSchrijven && o.anderenHier.length > 0 && (
        <section aria-labelledby="relatie-titel" className="mt-8 max-w-2xl">
          <h2 id="relatie-titel" className="mb-2 text-xl font-semibold">
            Relatie in deze casus vastleggen
          </h2>
          <RelatieForm
            casusnummer={nummer}
            betrokkeneId={o.betrokkeneId}
            naam={o.naam}
            anderen={o.anderenHier.map((a) => ({ value: String(a.id), label: a.naam }))}
          />
        </section>
      )}
      <section aria-labelledby="koppel-titel" className="mt-8 max-w-2xl">
        <h2 id="koppel-titel" className="mb-2 text-xl font-semibold">
          Gekoppeld als dezelfde persoon ({o.koppelingen.length})
        </h2>
        {o.koppelingen.length === 0 ? (
          <p className="mb-4 text-slate-700">Er zijn geen koppelingen vastgelegd.</p>
        ) : (
          <ul className="mb-4">
            {o.koppelingen.map((k) => (
              <li key={k.id} className="mb-2">
                {k.naam} in casus <Link href={`/casussen/${k.casusnummer}`}>{k.casusnummer}</Link> — {k.reden} ({k.door}
                , {datumNl(k.op)}){" "}
                {o.magSchrijven && <Ontkoppelen casusnummer={nummer} koppelingId={k.id} naam={k.naam} />}
              </li>
            ))}
          </ul>
        )}
        {o.magSchrijven &&
          (o.suggesties.length > 0 ? (
            <KoppelForm
              casusnummer={nummer}
              betrokkeneId={o.betrokkeneId}
              suggesties={o.suggesties.map((x) => ({
                value: String(x.id),
                label: `${x.naam} (${ROL_LABELS[x.rol].toLowerCase()}) in casus ${x.casusnummer}`,
              }))}
            />
          ) : (
            <p className="text-slate-700">Geen andere betrokkenen gevonden met dezelfde achternaam en geboortedatum.</p>
          ))}
      </section>
    </>
  );
}
