import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { listTeamMeldingen } from "@/lib/team/lijsten";
import type { Zoekparams } from "@/lib/lijst/params";
import { PageTitle } from "@/components/page-title";
import { AssignStatusProvider } from "@/components/casus/assign-status";
import { TeamMeldingenTabel } from "@/components/casus/team-triage";
import { GepagineerdeLijst } from "@/components/lijst/lijst-navigatie";

export default async function TeamMeldingenPage({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("team:view");
  const sp = await searchParams;
  const lijst = await listTeamMeldingen(user, sp);
  return (
    <>
      <PageTitle
        title="Meldingen die wachten op een veiligheidsbeoordeling"
        intro="Per medewerker voordeur, de kortste termijn eerst. Per melding kunt u een (andere) behandelaar kiezen."
      />
      <p className="mb-4">
        <Link href="/team">Terug naar het teamoverzicht</Link>
      </p>
      <AssignStatusProvider>
        <GepagineerdeLijst
          pad="/team/meldingen"
          sp={sp}
          def={lijst.def}
          lijst={lijst}
          naam="meldingen"
          eenheid={["melding", "meldingen"]}
        >
          <TeamMeldingenTabel meldingen={lijst.rijen} opties={lijst.opties} />
        </GepagineerdeLijst>
      </AssignStatusProvider>
    </>
  );
}
