import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { getMonitoringView } from "@/lib/monitoring/queries";
import { zNummer } from "@/lib/dienst/schema";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice } from "@/components/ui/tone";
import { VoorwaardeNieuwForm } from "@/components/veiligheidsplan/voorwaarde-forms";

export default async function VoorwaardeNieuwPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("veiligheidsplan:write");
  const { nummer } = await params;
  const view = zNummer.safeParse(nummer).success ? await getMonitoringView(user, nummer) : null;
  if (!view) notFound();
  return (
    <>
      <Kruimelpad casusnummer={view.casusnummer} huidige="Voorwaarde toevoegen" />
      <PageTitle title="Voorwaarde toevoegen" intro={`Veiligheidsplan van casus ${view.casusnummer}.`} />
      {view.planOpen ? (
        <VoorwaardeNieuwForm casusnummer={view.casusnummer} vandaag={view.vandaag} />
      ) : (
        <Notice tone="warn" title="Er kan nu geen voorwaarde worden toegevoegd">
          {view.gesloten ? "De casus is gesloten." : "Een veiligheidsplan hoort bij een casus met een casemanager."}{" "}
          <Link href={`/casussen/${view.casusnummer}/veiligheidsplan`} className="underline">
            Naar het veiligheidsplan
          </Link>
        </Notice>
      )}
    </>
  );
}
