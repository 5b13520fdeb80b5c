import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { listTeamCasussen } from "@/lib/team/lijsten";
import type { Zoekparams } from "@/lib/lijst/params";
import { PageTitle } from "@/components/page-title";
import { AssignStatusProvider } from "@/components/casus/assign-status";
import { CasusWerkTabel } from "@/components/casus/team-toewijzen";
import { GepagineerdeLijst } from "@/components/lijst/lijst-navigatie";

export default async function TeamCasussenPage({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("team:view");
  const sp = await searchParams;
  const lijst = await listTeamCasussen(user, sp);
  return (
    <>
      <PageTitle
        title="Open casussen van het team"
        intro="Kies een casemanager, een fase of de casussen die op een casemanager wachten. Per casus kunt u (opnieuw) toewijzen."
      />
      <p className="mb-4">
        <Link href="/team">Terug naar het teamoverzicht</Link>
      </p>
      <AssignStatusProvider>
        <GepagineerdeLijst
          pad="/team/casussen"
          sp={sp}
          def={lijst.def}
          lijst={lijst}
          naam="open casussen"
          eenheid={["casus", "casussen"]}
        >
          <CasusWerkTabel
            caption="Open casussen van het team"
            casussen={lijst.rijen}
            opties={lijst.opties}
            leeg="Geen open casussen bij dit filter."
          />
        </GepagineerdeLijst>
      </AssignStatusProvider>
    </>
  );
}
