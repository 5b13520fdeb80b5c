import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { zNummer } from "@/lib/dienst/schema";
import { toIsoDate } from "@/lib/domain/dates";
import { getCasusVoorCorrectie, getWijzigingshistorie } from "@/lib/correctie/queries";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { MonitoringCorrectieForm } from "@/components/correctie/stap-correctie-forms";
import { Wijzigingshistorie } from "@/components/correctie/wijzigingshistorie";

export default async function MonitoringCorrigerenPage({
  params,
}: {
  params: Promise<{ nummer: string; momentnummer: string }>;
}) {
  const user = await requirePage("correctie:write");
  const { nummer, momentnummer } = await params;
  const c = zNummer.safeParse(nummer).success ? await getCasusVoorCorrectie(user, nummer) : null;
  const t = c?.monitoringsmomenten.find((x) => x.nummer === momentnummer);
  const historie = t ? await getWijzigingshistorie(user, nummer) : null;
  if (!c || !t || !historie) notFound();
  return (
    <>
      <Kruimelpad casusnummer={c.nummer} huidige={`Monitoring ${t.nummer} corrigeren`} />
      <PageTitle title={`Monitoringsmoment ${t.nummer} corrigeren`} intro={`Casus ${c.nummer}.`} />
      <MonitoringCorrectieForm
        values={{
          casusnummer: c.nummer,
          momentId: t.id,
          version: t.version,
          reden: "",
          datum: toIsoDate(t.datum),
          veiligheidsscore: String(t.veiligheidsscore),
          notitie: t.notitie ?? "",
        }}
      />
      <Wijzigingshistorie
        id="historie-monitoring"
        titel="Wijzigingshistorie van dit monitoringsmoment"
        correcties={historie.filter((h) => h.entityType === "monitoringsmoment" && h.entityId === t.id)}
      />
    </>
  );
}
