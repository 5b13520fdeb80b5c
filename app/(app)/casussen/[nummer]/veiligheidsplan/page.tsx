import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { roleHas } from "@/lib/auth/permissions";
import { getMonitoringView } from "@/lib/monitoring/queries";
import { zNummer } from "@/lib/dienst/schema";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice } from "@/components/ui/tone";
import { PlanGrafiek } from "@/components/veiligheidsplan/plan-grafiek";
import { OordelenTabel, VoorwaardenTabel } from "@/components/veiligheidsplan/plan-tabellen";

export default async function VeiligheidsplanPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("casus:read");
  const { nummer } = await params;
  const view = zNummer.safeParse(nummer).success ? await getMonitoringView(user, nummer) : null;
  if (!view) notFound();
  const base = `/casussen/${view.casusnummer}/veiligheidsplan`;
  const magWijzigen = roleHas(user.role, "veiligheidsplan:write") && view.planOpen;
  const { voorwaarden, punten } = view.plan;
  const heroverwegen = voorwaarden.filter((v) => v.heroverwegen);
  return (
    <>
      <Kruimelpad casusnummer={view.casusnummer} huidige="Veiligheidsplan" />
      <PageTitle
        title="Veiligheidsplan"
        intro={`Casus ${view.casusnummer}. De voorwaarden voor veiligheid die met het gezin zijn afgesproken; bij elk monitoringsmoment wordt per voorwaarde vastgelegd of die is nagekomen.`}
      />
      {heroverwegen.length > 0 && (
        <Notice tone="warn" title="Heroverwegen">
          Voorwaarde {heroverwegen.map((v) => v.volgnummer).join(", ")} is bij de laatste twee monitoringsmomenten niet
          nagekomen. Bespreek of het plan of de inzet moet veranderen.
        </Notice>
      )}
      {view.gesloten && <Notice title="De casus is gesloten">Het veiligheidsplan kan niet meer veranderen.</Notice>}
      {magWijzigen && (
        <p className="mb-4 flex flex-wrap gap-3">
          <Link
            href={`${base}/nieuw`}
            className="rounded bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900"
          >
            Voorwaarde toevoegen
          </Link>
          {view.kanToevoegen === null && roleHas(user.role, "monitoring:write") && (
            <Link
              href={`/casussen/${view.casusnummer}/monitoring/nieuw`}
              className="rounded border border-blue-800 px-4 py-2 font-medium text-blue-900 no-underline"
            >
              Monitoringsmoment vastleggen
            </Link>
          )}
        </p>
      )}
      <section aria-labelledby="voorwaarden-titel" className="mb-6">
        <h2 id="voorwaarden-titel" className="mb-2 text-xl font-semibold">
          Voorwaarden ({voorwaarden.length})
        </h2>
        <VoorwaardenTabel voorwaarden={voorwaarden} wijzigBasis={magWijzigen ? base : undefined} />
      </section>
      <section aria-labelledby="verloop-titel">
        <h2 id="verloop-titel" className="mb-2 text-xl font-semibold">
          Verloop
        </h2>
        {punten.length === 0 ? (
          <p className="text-slate-700">Er zijn nog geen monitoringsmomenten.</p>
        ) : (
          <>
            <PlanGrafiek punten={punten} titel="Veiligheidsscore en voorwaarden per monitoringsmoment" />
            <OordelenTabel voorwaarden={voorwaarden} punten={punten} />
          </>
        )}
      </section>
    </>
  );
}
