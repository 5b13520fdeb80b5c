import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { zNummer } from "@/lib/dienst/schema";
import { getCasusVoorCorrectie } from "@/lib/correctie/queries";
import { getGemeenteLijst } from "@/lib/gemeenten/queries";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { GemeenteCorrectieForm } from "@/components/correctie/stap-correctie-forms";

export default async function GemeenteCorrigerenPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("correctie:write");
  const { nummer } = await params;
  const c = zNummer.safeParse(nummer).success ? await getCasusVoorCorrectie(user, nummer) : null;
  if (!c) notFound();
  const lijst = await getGemeenteLijst(c.begindatum.getUTCFullYear());
  return (
    <>
      <Kruimelpad casusnummer={c.nummer} huidige="Gemeente corrigeren" />
      <PageTitle title="Gemeente van de casus corrigeren" intro={`Casus ${c.nummer}.`} />
      <GemeenteCorrectieForm
        lijst={lijst}
        values={{ casusnummer: c.nummer, version: c.version, reden: "", gemeentecode: c.gemeentecode ?? "0000" }}
      />
    </>
  );
}
