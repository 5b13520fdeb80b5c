import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { roleHas } from "@/lib/auth/permissions";
import { ADVIEZEN_LIJST, listAdviezen } from "@/lib/advies/lijst";
import type { Zoekparams } from "@/lib/lijst/params";
import { PageTitle } from "@/components/page-title";
import { GepagineerdeLijst } from "@/components/lijst/lijst-navigatie";
import { AdviezenLijstTabel } from "@/components/advies/adviezen-tabel";

export default async function AdviezenPage({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("advies:read");
  const sp = await searchParams;
  const lijst = await listAdviezen(user, sp);
  const alle = roleHas(user.role, "advies:read-all");
  return (
    <>
      <PageTitle
        title={alle ? "Adviezen" : "Mijn adviezen"}
        intro={
          alle
            ? "Alle adviezen van de organisatie, open en afgesloten."
            : "Uw adviezen, open en afgesloten. Een advies vindt u ook terug via Zoeken op het adviesnummer."
        }
      />
      {roleHas(user.role, "advies:write") && (
        <p className="mb-4">
          <Link href="/adviezen/nieuw">Nieuw advies</Link>
        </p>
      )}
      <GepagineerdeLijst
        pad="/adviezen"
        sp={sp}
        def={ADVIEZEN_LIJST}
        lijst={lijst}
        naam="adviezen"
        eenheid={["advies", "adviezen"]}
      >
        <AdviezenLijstTabel rijen={lijst.rijen} metBehandelaar={alle} />
      </GepagineerdeLijst>
    </>
  );
}
