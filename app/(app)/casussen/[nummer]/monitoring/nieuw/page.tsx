import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { getMonitoringView } from "@/lib/monitoring/queries";
import { zNummer } from "@/lib/dienst/schema";
import { PageTitle } from "@/components/page-title";
import { MonitoringForm } from "@/components/monitoring/monitoring-form";
import { datumNl } from "@/components/format-datum";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { TermijnTekst } from "@/components/ui/termijn";
import { Notice } from "@/components/ui/tone";

export default async function MonitoringNieuwPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("monitoring:write");
  const { nummer } = await params;
  const view = zNummer.safeParse(nummer).success ? await getMonitoringView(user, nummer) : null;
  if (!view) notFound();
  const laatste = view.momenten[view.momenten.length - 1];
  return (
    <>
      <Kruimelpad casusnummer={view.casusnummer} huidige="Monitoringsmoment vastleggen" />
      <PageTitle title="Monitoringsmoment vastleggen" intro={`Casus ${view.casusnummer}.`} />
      {view.kanToevoegen ? (
        <Notice tone="warn" title="Er kan nu geen monitoringsmoment worden vastgelegd">
          {view.kanToevoegen}.{" "}
          <Link href={`/casussen/${view.casusnummer}/monitoring`} className="underline">
            Naar overdracht en monitoring
          </Link>
        </Notice>
      ) : (
        <>
          <ul className="mb-4 list-disc pl-5">
            {view.volgende && (
              <li>
                Gepland: <TermijnTekst termijn={view.volgende} />
              </li>
            )}
            {laatste && (
              <li>
                Vorige: {datumNl(laatste.datum)}, veiligheidsscore {laatste.score}
              </li>
            )}
            {view.eersteOverdracht && <li>Eerste overdracht: {datumNl(view.eersteOverdracht)}</li>}
          </ul>
          <MonitoringForm
            casusnummer={view.casusnummer}
            vandaag={view.vandaag}
            voorwaarden={view.plan.voorwaarden.filter((v) => v.actief)}
          />
        </>
      )}
    </>
  );
}
