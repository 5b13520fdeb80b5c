import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { normaliseCasusnummer } from "@/lib/casus/queries";
import { getAfschermingForm } from "@/lib/afscherming/queries";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { AfschermingForm } from "@/components/casus/afscherming-form";

const UITLEG =
  "Een afgeschermd dossier lezen alleen de medewerkers op de lijst, de casemanager en u; " +
  "elke inzage wordt gecontroleerd door de privacy officer.";

export default async function AfschermingPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("afscherming:manage");
  const nummer = normaliseCasusnummer((await params).nummer);
  const a = nummer ? await getAfschermingForm(user, nummer) : null;
  if (!a) notFound();
  return (
    <>
      <Kruimelpad casusnummer={a.nummer} huidige="Afscherming" />
      <PageTitle
        title={a.afgeschermd ? "Wie dit afgeschermde dossier mag lezen" : "Dossier afschermen"}
        intro={`Casus ${a.nummer}. ${UITLEG}`}
      />
      <AfschermingForm
        casusnummer={a.nummer}
        afgeschermd={a.afgeschermd}
        gekozen={a.gekozen}
        kandidaten={a.kandidaten}
      />
    </>
  );
}
