import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { roleHas } from "@/lib/auth/permissions";
import { getMonitoringView } from "@/lib/monitoring/queries";
import { zNummer } from "@/lib/dienst/schema";
import { PageTitle } from "@/components/page-title";
import { MomentenTable, OverdrachtenTable } from "@/components/monitoring/monitoring-tables";
import { PlanGrafiek } from "@/components/veiligheidsplan/plan-grafiek";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { TermijnTekst } from "@/components/ui/termijn";
import { Notice } from "@/components/ui/tone";

export default async function MonitoringPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("casus:read");
  const { nummer } = await params;
  const view = zNummer.safeParse(nummer).success ? await getMonitoringView(user, nummer) : null;
  if (!view) notFound();
  const base = `/casussen/${view.casusnummer}`;
  const magToevoegen = roleHas(user.role, "monitoring:write") && view.kanToevoegen === null;
  return (
    <>
      <Kruimelpad casusnummer={view.casusnummer} huidige="Overdracht en monitoring" />
      <PageTitle
        title="Overdracht en monitoring"
        intro={`Casus ${view.casusnummer}. Na de overdracht volgt Veilig Thuis of de veiligheid is hersteld, ten minste een jaar.`}
      />
      {view.gesloten ? (
        <Notice title="De casus is gesloten">Gesloten op {view.einddatum}; er kan niets meer worden toegevoegd.</Notice>
      ) : (
        <p className="mb-4">
          <span className="font-medium">Volgende monitoring: </span>
          {view.volgende ? <TermijnTekst termijn={view.volgende} /> : "pas na een overdracht"}
          <span className="text-slate-700">
            {" "}
            (elke {view.intervalDagen} dagen na het laatste monitoringsmoment of de laatste overdracht)
          </span>
        </p>
      )}
      <div className="mb-6 flex flex-wrap gap-3">
        {magToevoegen && (
          <Link
            href={`${base}/monitoring/nieuw`}
            className="rounded bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900"
          >
            Monitoringsmoment vastleggen
          </Link>
        )}
        <Link
          href={`${base}/veiligheidsplan`}
          className="rounded border border-blue-800 px-4 py-2 font-medium text-blue-900 no-underline"
        >
          Veiligheidsplan ({view.plan.voorwaarden.length}{" "}
          {view.plan.voorwaarden.length === 1 ? "voorwaarde" : "voorwaarden"})
        </Link>
        {!view.gesloten && roleHas(user.role, "overdracht:write") && (
          <Link
            href={`${base}/overdracht/nieuw`}
            className="rounded border border-blue-800 px-4 py-2 font-medium text-blue-900 no-underline"
          >
            Overdracht vastleggen
          </Link>
        )}
        {!view.gesloten && roleHas(user.role, "casus:close") && (
          <Link
            href={`${base}/afsluiten`}
            className="rounded border border-blue-800 px-4 py-2 font-medium text-blue-900 no-underline"
          >
            Casus afsluiten
          </Link>
        )}
      </div>
      <section aria-labelledby="overdrachten-titel">
        <h2 id="overdrachten-titel" className="mb-2 text-xl font-semibold">
          Overdrachten ({view.overdrachten.length})
        </h2>
        <OverdrachtenTable overdrachten={view.overdrachten} />
      </section>
      <section aria-labelledby="momenten-titel">
        <h2 id="momenten-titel" className="mb-2 text-xl font-semibold">
          Monitoringsmomenten ({view.momenten.length})
        </h2>
        {view.momenten.length > 0 && (
          <PlanGrafiek punten={view.plan.punten} titel="Veiligheidsscore en voorwaarden per monitoringsmoment" />
        )}
        <MomentenTable momenten={view.momenten} />
      </section>
    </>
  );
}
