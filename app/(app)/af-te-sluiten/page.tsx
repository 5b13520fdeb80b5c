import { requirePage } from "@/lib/auth/guard";
import { AF_TE_SLUITEN, listAfTeSluiten } from "@/lib/casus/voordeur-afsluiten";
import type { Zoekparams } from "@/lib/lijst/params";
import { PageTitle } from "@/components/page-title";
import { GepagineerdeLijst } from "@/components/lijst/lijst-navigatie";
import { AfTeSluitenTabel } from "@/components/casus/af-te-sluiten-tabel";

export default async function AfTeSluitenPage({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("afsluiten:view");
  const sp = await searchParams;
  const lijst = await listAfTeSluiten(user, sp);
  return (
    <>
      <PageTitle
        title="Af te sluiten"
        intro="Casussen zonder casemanager waarvan de veiligheidsbeoordeling 'Geen vervolgstappen nodig' of 'Inzet regionaal maatwerk' is vastgesteld. Bij het vaststellen wordt de casus gesloten als niets dat tegenhoudt; hier staan de casussen waarbij nog iets ontbreekt, of die nog gesloten moeten worden."
      />
      <GepagineerdeLijst
        pad="/af-te-sluiten"
        sp={sp}
        def={AF_TE_SLUITEN}
        lijst={lijst}
        naam="af te sluiten casussen"
        eenheid={["casus", "casussen"]}
      >
        <AfTeSluitenTabel rijen={lijst.rijen} />
      </GepagineerdeLijst>
    </>
  );
}
