import { requirePage } from "@/lib/auth/guard";
import { MijnConcepten } from "@/components/journaal/mijn-concepten";
import { listBeoordelingenTeBevestigen } from "@/lib/beoordeling/queries";
import { listDienstAfsluitingenTeBevestigen } from "@/lib/dienst/queries";
import { PageTitle } from "@/components/page-title";
import {
  BeoordelingenTeBevestigenTabel,
  DienstAfsluitingenTabel,
} from "@/components/beoordeling/te-bevestigen-tabellen";

export default async function TeBevestigenPage() {
  const user = await requirePage("beoordelingen:view");
  const [beoordelingen, afsluitingen] = await Promise.all([
    listBeoordelingenTeBevestigen(user),
    listDienstAfsluitingenTeBevestigen(user),
  ]);
  return (
    <>
      <PageTitle
        title="Te bevestigen"
        intro="Veiligheidsbeoordelingen en afsluitingen van diensten die wachten op uw bevestiging (vier ogen)."
      />
      <MijnConcepten user={user} />
      <section aria-labelledby="tb-beoordelingen" className="mb-8">
        <h2 id="tb-beoordelingen" className="mb-3 text-xl font-semibold">
          Veiligheidsbeoordelingen ({beoordelingen.length})
        </h2>
        <BeoordelingenTeBevestigenTabel rijen={beoordelingen} />
      </section>
      <section aria-labelledby="tb-diensten">
        <h2 id="tb-diensten" className="mb-3 text-xl font-semibold">
          Afsluiting van diensten ({afsluitingen.length})
        </h2>
        <DienstAfsluitingenTabel rijen={afsluitingen} />
      </section>
    </>
  );
}
