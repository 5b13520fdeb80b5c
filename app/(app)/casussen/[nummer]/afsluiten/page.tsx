import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { getCasusAfsluitenView } from "@/lib/casus/close";
import { zNummer } from "@/lib/dienst/schema";
import { PageTitle } from "@/components/page-title";
import { CasusAfsluitenForm } from "@/components/monitoring/casus-afsluiten-form";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice, Redenen } from "@/components/ui/tone";

export default async function CasusAfsluitenPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("casus:close");
  const { nummer } = await params;
  const view = zNummer.safeParse(nummer).success ? await getCasusAfsluitenView(user, nummer) : null;
  if (!view) notFound();
  const base = `/casussen/${view.casusnummer}`;
  return (
    <>
      <Kruimelpad casusnummer={view.casusnummer} huidige="Casus afsluiten" />
      <PageTitle
        title="Casus afsluiten"
        intro={`Casus ${view.casusnummer}, begonnen op ${view.begindatum}. Fase: ${view.fase}.`}
      />
      {view.gesloten ? (
        <Notice tone="ok" title="De casus is gesloten">
          Gesloten op {view.einddatum}. Er kan niets meer aan worden toegevoegd; een nieuwe melding opent een nieuwe
          casus.{" "}
          <Link href={base} className="underline">
            Naar de casus
          </Link>
        </Notice>
      ) : view.blokkades.length > 0 ? (
        <Notice tone="warn" title="De casus kan nog niet worden gesloten">
          <Redenen redenen={view.blokkades} />
          <p className="mt-2">
            <Link href={base} className="underline">
              Naar de casus
            </Link>
          </p>
        </Notice>
      ) : (
        <>
          {view.aandachtspunten.length > 0 && (
            <Notice title="Controleer voor het sluiten">
              <Redenen redenen={view.aandachtspunten} />
            </Notice>
          )}
          <CasusAfsluitenForm
            casusnummer={view.casusnummer}
            version={view.version}
            vandaag={view.vandaag}
            minTekst={view.minEinddatumTekst}
          />
        </>
      )}
    </>
  );
}
