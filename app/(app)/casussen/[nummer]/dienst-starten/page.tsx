import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { getDienstStartView } from "@/lib/dienst/queries";
import { zNummer } from "@/lib/dienst/schema";
import { PageTitle } from "@/components/page-title";
import { DienstStartForm } from "@/components/dienst/dienst-start-form";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice, Redenen } from "@/components/ui/tone";

export default async function DienstStartenPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("dienst:write");
  const { nummer } = await params;
  const view = zNummer.safeParse(nummer).success ? await getDienstStartView(user, nummer) : null;
  if (!view) notFound();
  return (
    <>
      <Kruimelpad casusnummer={view.casusnummer} huidige="Dienst starten" />
      <PageTitle
        title="Dienst starten"
        intro={`Casus ${view.casusnummer}. Een dienst volgt op een definitieve veiligheidsbeoordeling 'Vervolgstappen beleggen bij Veilig Thuis'.`}
      />
      {view.lopend.length > 0 && (
        <Notice title="Lopende diensten in deze casus">
          <Redenen redenen={view.lopend} />
        </Notice>
      )}
      {view.redenen.length > 0 ? (
        <Notice tone="warn" title="Er kan nu geen dienst starten">
          <Redenen redenen={view.redenen} />
        </Notice>
      ) : (
        <DienstStartForm casusnummer={view.casusnummer} opties={view.opties} vandaag={view.vandaag} />
      )}
    </>
  );
}
