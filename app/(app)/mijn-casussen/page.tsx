import { requirePage } from "@/lib/auth/guard";
import { MijnTaken } from "@/components/taak/mijn-taken";
import { MijnConcepten } from "@/components/journaal/mijn-concepten";
import { listMijnCasussen, MIJN_CASUSSEN } from "@/lib/monitoring/mijn-casussen";
import type { Zoekparams } from "@/lib/lijst/params";
import { PageTitle, EmptyState } from "@/components/page-title";
import { GepagineerdeLijst } from "@/components/lijst/lijst-navigatie";
import { MijnCasussenTable } from "@/components/monitoring/mijn-casussen-table";

export default async function MijnCasussenPage({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("mijn-casussen:view");
  const sp = await searchParams;
  const lijst = await listMijnCasussen(user, sp);
  const { verstreken } = lijst;
  return (
    <>
      <PageTitle
        title="Mijn casussen"
        intro="De open casussen die aan u zijn toegewezen, de meest dringende termijn eerst. Gesloten casussen vindt u via Zoeken."
      />
      <MijnTaken user={user} />
      <MijnConcepten user={user} />
      {verstreken > 0 && (
        <p className="mb-3 font-semibold text-red-800">
          {verstreken === 1 ? "1 casus heeft" : `${verstreken} casussen hebben`} een verlopen termijn.
        </p>
      )}
      <GepagineerdeLijst
        pad="/mijn-casussen"
        sp={sp}
        def={MIJN_CASUSSEN}
        lijst={lijst}
        naam="mijn casussen"
        eenheid={["casus", "casussen"]}
      >
        {lijst.rijen.length === 0 ? (
          <EmptyState>Er zijn geen open casussen aan u toegewezen die bij dit filter horen.</EmptyState>
        ) : (
          <MijnCasussenTable casussen={lijst.rijen} />
        )}
      </GepagineerdeLijst>
    </>
  );
}
