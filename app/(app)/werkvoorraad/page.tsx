import Link from "next/link";
import { MijnTaken } from "@/components/taak/mijn-taken";
import { MijnConcepten } from "@/components/journaal/mijn-concepten";
import { requirePage } from "@/lib/auth/guard";
import { roleHas } from "@/lib/auth/permissions";
import { getWerkvoorraad, WERKVOORRAAD_ADVIEZEN, WERKVOORRAAD_MELDINGEN } from "@/lib/melding/werkvoorraad";
import type { Zoekparams } from "@/lib/lijst/params";
import { PageTitle } from "@/components/page-title";
import { listOpvolging, OPVOLGING_LIJST, OPVOLGING_WEKEN } from "@/lib/opvolging/werkvoorraad";
import { OpvolgingTabel } from "@/components/opvolging/opvolging-tabel";
import { GepagineerdeLijst } from "@/components/lijst/lijst-navigatie";
import { AdviezenTabel, MeldingenTabel } from "@/components/melding/werkvoorraad-tabellen";

const knop = "inline-block rounded bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900";
const PAD = "/werkvoorraad";

export default async function WerkvoorraadPage({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("werkvoorraad:view");
  const sp = await searchParams;
  const { meldingen, adviezen, verstreken } = await getWerkvoorraad(user, sp);
  const opvolging = roleHas(user.role, "opvolging:write") ? await listOpvolging(user, sp) : null;
  const alleAdviezen = roleHas(user.role, "advies:read-all");
  return (
    <>
      <PageTitle title="Werkvoorraad" intro="Meldingen die wachten op een veiligheidsbeoordeling en open adviezen." />
      <MijnTaken user={user} />
      <MijnConcepten user={user} />
      {(roleHas(user.role, "advies:write") || roleHas(user.role, "melding:write")) && (
        <div className="mb-6 flex flex-wrap gap-3">
          {roleHas(user.role, "advies:write") && (
            <Link href="/adviezen/nieuw" className={knop}>
              Nieuw advies
            </Link>
          )}
          {roleHas(user.role, "melding:write") && (
            <Link href="/meldingen/nieuw" className={knop}>
              Nieuwe melding
            </Link>
          )}
        </div>
      )}
      <section aria-labelledby="wv-meldingen" className="mb-8">
        <h2 id="wv-meldingen" className="mb-1 text-xl font-semibold">
          Meldingen zonder definitieve veiligheidsbeoordeling ({meldingen.pagina.totaal})
        </h2>
        <p className="mb-3 text-slate-700">
          De veiligheidsbeoordeling moet binnen 5 werkdagen na de melding.{" "}
          {verstreken > 0 ? (
            <strong>
              {verstreken === 1
                ? "Bij 1 melding is de termijn verstreken."
                : `Bij ${verstreken} meldingen is de termijn verstreken.`}
            </strong>
          ) : (
            "Geen termijnen verstreken."
          )}
        </p>
        <GepagineerdeLijst
          pad={PAD}
          sp={sp}
          def={WERKVOORRAAD_MELDINGEN}
          lijst={meldingen}
          naam="meldingen"
          eenheid={["melding", "meldingen"]}
        >
          <MeldingenTabel meldingen={meldingen.rijen} />
        </GepagineerdeLijst>
      </section>
      {opvolging && (
        <section aria-labelledby="wv-opvolging" className="mb-8">
          <h2 id="wv-opvolging" className="mb-3 text-xl font-semibold">
            Terugkoppeling en informeren ({opvolging.pagina.totaal})
          </h2>
          <p className="mb-2 text-sm text-slate-700">
            Meldingen van de laatste {OPVOLGING_WEKEN} weken waarvan de terugkoppeling aan de melder of het informeren
            van een betrokkene nog niet is vastgelegd. Oudere staan op de pagina Termijnen van de teamleider.
          </p>
          <GepagineerdeLijst
            pad={PAD}
            sp={sp}
            def={OPVOLGING_LIJST}
            lijst={opvolging}
            naam="terugkoppeling en informeren"
            eenheid={["melding met open opvolging", "meldingen met open opvolging"]}
          >
            <OpvolgingTabel rijen={opvolging.rijen} />
          </GepagineerdeLijst>
        </section>
      )}
      <section aria-labelledby="wv-adviezen">
        <h2 id="wv-adviezen" className="mb-3 text-xl font-semibold">
          {alleAdviezen ? "Open adviezen" : "Mijn open adviezen"} ({adviezen.pagina.totaal})
        </h2>
        <GepagineerdeLijst
          pad={PAD}
          sp={sp}
          def={WERKVOORRAAD_ADVIEZEN}
          lijst={adviezen}
          naam="adviezen"
          eenheid={["advies", "adviezen"]}
        >
          <AdviezenTabel adviezen={adviezen.rijen} metBehandelaar={alleAdviezen} />
        </GepagineerdeLijst>
      </section>
    </>
  );
}
