import { requirePage } from "@/lib/auth/guard";
import { readTogether } from "@/lib/auth/audited-read";
import { MijnTaken } from "@/components/taak/mijn-taken";
import { MijnConcepten } from "@/components/journaal/mijn-concepten";
import { BEOORDELINGEN_TE_BEVESTIGEN, listBeoordelingenTeBevestigen } from "@/lib/beoordeling/queries";
import { AFSLUITINGEN_TE_BEVESTIGEN, listDienstAfsluitingenTeBevestigen } from "@/lib/dienst/queries";
import type { Zoekparams } from "@/lib/lijst/params";
import { PageTitle } from "@/components/page-title";
import { GepagineerdeLijst } from "@/components/lijst/lijst-navigatie";
import {
  BeoordelingenTeBevestigenTabel,
  DienstAfsluitingenTabel,
} from "@/components/beoordeling/te-bevestigen-tabellen";

const PAD = "/te-bevestigen";

export default async function TeBevestigenPage({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("beoordelingen:view");
  const sp = await searchParams;
  const { beoordelingen, afsluitingen } = await readTogether(async () => ({
    beoordelingen: await listBeoordelingenTeBevestigen(user, sp),
    afsluitingen: await listDienstAfsluitingenTeBevestigen(user, sp),
  }));
  return (
    <>
      <PageTitle
        title="Te bevestigen"
        intro="Veiligheidsbeoordelingen en afsluitingen van diensten die wachten op uw bevestiging (vier ogen)."
      />
      <MijnTaken user={user} />
      <MijnConcepten user={user} />
      <section aria-labelledby="tb-beoordelingen" className="mb-8">
        <h2 id="tb-beoordelingen" className="mb-3 text-xl font-semibold">
          Veiligheidsbeoordelingen ({beoordelingen.pagina.totaal})
        </h2>
        <GepagineerdeLijst
          pad={PAD}
          sp={sp}
          def={BEOORDELINGEN_TE_BEVESTIGEN}
          lijst={beoordelingen}
          naam="veiligheidsbeoordelingen"
          eenheid={["veiligheidsbeoordeling", "veiligheidsbeoordelingen"]}
        >
          <BeoordelingenTeBevestigenTabel rijen={beoordelingen.rijen} />
        </GepagineerdeLijst>
      </section>
      <section aria-labelledby="tb-diensten">
        <h2 id="tb-diensten" className="mb-3 text-xl font-semibold">
          Afsluiting van diensten ({afsluitingen.pagina.totaal})
        </h2>
        <GepagineerdeLijst
          pad={PAD}
          sp={sp}
          def={AFSLUITINGEN_TE_BEVESTIGEN}
          lijst={afsluitingen}
          naam="afsluitingen van diensten"
          eenheid={["afsluiting", "afsluitingen"]}
        >
          <DienstAfsluitingenTabel rijen={afsluitingen.rijen} />
        </GepagineerdeLijst>
      </section>
    </>
  );
}
