import Link from "next/link";
import { MijnTaken } from "@/components/taak/mijn-taken";
import { MijnConcepten } from "@/components/journaal/mijn-concepten";
import { requirePage } from "@/lib/auth/guard";
import { toFieldErrors } from "@/lib/auth/zod-errors";
import { getTermijnen } from "@/lib/termijnen/queries";
import type { Zoekparams } from "@/lib/lijst/params";
import { defaultPeriode, makeZTermijnenPeriode } from "@/lib/termijnen/schema";
import { PageTitle } from "@/components/page-title";
import { PeriodeForm } from "@/components/termijnen/periode-form";
import { TermijnenOverzichtView } from "@/components/termijnen/termijnen-overzicht";

type Search = Zoekparams;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function Page({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePage("termijnen:view");
  const sp = await searchParams;
  const input = { van: first(sp.van), tot: first(sp.tot) };
  const parsed = makeZTermijnenPeriode().safeParse(input);
  const errors = parsed.success ? {} : toFieldErrors(parsed.error);
  const overzicht = parsed.success ? await getTermijnen(user, parsed.data, undefined, sp) : null;
  const def = defaultPeriode();
  return (
    <>
      <PageTitle
        title="Termijnen"
        intro="Veiligheidsbeoordelingen binnen 5 werkdagen na de melding (acuut: dezelfde dag) en onderzoeken binnen 10 weken na de veiligheidsbeoordeling."
      />
      <MijnTaken user={user} />
      <MijnConcepten user={user} />
      <p className="mb-4">
        <Link href="/team">Naar de werkvoorraad van het team</Link>
      </p>
      <PeriodeForm
        van={overzicht?.van ?? input.van ?? def.van}
        tot={overzicht?.tot ?? input.tot ?? def.tot}
        errors={errors}
      />
      {overzicht && <TermijnenOverzichtView o={overzicht} sp={sp} />}
    </>
  );
}
