import { requirePage } from "@/lib/auth/guard";
import { listSignalen, SIGNALEN_LIJST } from "@/lib/signaal/queries";
import type { Zoekparams } from "@/lib/lijst/params";
import { PageTitle } from "@/components/page-title";
import { GepagineerdeLijst } from "@/components/lijst/lijst-navigatie";
import { SignalenLijst } from "@/components/signaal/signalen-lijst";

export default async function SignalenPage({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("signalen:view");
  const sp = await searchParams;
  const lijst = await listSignalen(user, sp);
  return (
    <>
      <PageTitle
        title="Signalen"
        intro="Wat er voor u is gebeurd: een toewijzing, een vervolgmelding in uw casus, iets dat naar u is teruggestuurd, een taak van de teamleider."
      />
      <GepagineerdeLijst
        pad="/signalen"
        sp={sp}
        def={SIGNALEN_LIJST}
        lijst={lijst}
        naam="signalen"
        eenheid={["signaal", "signalen"]}
      >
        <SignalenLijst rijen={lijst.rijen} />
      </GepagineerdeLijst>
    </>
  );
}
