import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { getMonitoringView } from "@/lib/monitoring/queries";
import { getWijzigingshistorie } from "@/lib/correctie/queries";
import { zNummer } from "@/lib/dienst/schema";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice } from "@/components/ui/tone";
import { Wijzigingshistorie } from "@/components/correctie/wijzigingshistorie";
import { VoorwaardeBeeindigenForm, VoorwaardeWijzigenForm } from "@/components/veiligheidsplan/voorwaarde-forms";

export default async function VoorwaardePage({ params }: { params: Promise<{ nummer: string; volgnummer: string }> }) {
  const user = await requirePage("veiligheidsplan:write");
  const { nummer, volgnummer } = await params;
  const view = zNummer.safeParse(nummer).success ? await getMonitoringView(user, nummer) : null;
  const v = view?.plan.voorwaarden.find((x) => String(x.volgnummer) === volgnummer);
  const historie = view && v ? await getWijzigingshistorie(user, view.casusnummer) : null;
  if (!view || !v || !historie) notFound();
  const titel = `Voorwaarde ${v.volgnummer}`;
  return (
    <>
      <Kruimelpad casusnummer={view.casusnummer} huidige={titel} />
      <PageTitle title={titel} intro={`Veiligheidsplan van casus ${view.casusnummer}.`} />
      {!view.planOpen || v.beeindigdOp ? (
        <Notice title="Deze voorwaarde kan niet meer veranderen">
          {v.beeindigdOp ? `Beëindigd: ${v.beeindigdReden}` : "De casus is gesloten."}
        </Notice>
      ) : (
        <>
          <section aria-labelledby="wijzigen-titel" className="mb-8">
            <h2 id="wijzigen-titel" className="mb-2 text-xl font-semibold">
              Wijzigen
            </h2>
            <VoorwaardeWijzigenForm
              casusnummer={view.casusnummer}
              id={v.id}
              version={v.version}
              waarden={{
                omschrijving: v.omschrijving,
                wie: v.wie,
                perDatum: v.perDatum,
                controle: v.controle,
                afgesprokenOp: v.afgesprokenOp,
              }}
            />
          </section>
          <section aria-labelledby="beeindigen-titel" className="mb-8">
            <h2 id="beeindigen-titel" className="mb-2 text-xl font-semibold">
              Beëindigen
            </h2>
            <VoorwaardeBeeindigenForm
              casusnummer={view.casusnummer}
              id={v.id}
              version={v.version}
              vandaag={view.vandaag}
            />
          </section>
        </>
      )}
      <Wijzigingshistorie
        id="historie-voorwaarde"
        titel="Wijzigingshistorie van deze voorwaarde"
        correcties={historie.filter((h) => h.entityType === "veiligheidsvoorwaarde" && h.entityId === v.id)}
      />
    </>
  );
}
