import { TERMIJN_LIJSTEN, type TermijnenOverzicht } from "@/lib/termijnen/queries";
import { OPVOLGING_LIJSTEN } from "@/lib/opvolging/termijnen";
import type { Zoekparams } from "@/lib/lijst/params";
import { datumNl } from "@/components/format-datum";
import { TermijnFiguurBlok } from "./termijn-figuur";
import { TermijnLijst } from "./termijn-lijst";

export function TermijnenOverzichtView({ o, sp }: { o: TermijnenOverzicht; sp: Zoekparams }) {
  const melding = { nummer: "Melding", datum: "Datum melding", wie: "Behandelaar", eenheid: "werkdagen" };
  const onderzoek = { nummer: "Onderzoek", datum: "Datum beoordeling", wie: "Casemanager", eenheid: "dagen" };
  return (
    <>
      <p className="mb-4 text-slate-700">
        Periode: {datumNl(o.van)} tot en met {datumNl(o.tot)}. Open termijnen zijn berekend op {datumNl(o.vandaag)}.
      </p>
      <div className="mb-8 grid gap-4 md:grid-cols-3">
        <TermijnFiguurBlok
          id="beoordelingen"
          titel="Veiligheidsbeoordelingen binnen 5 werkdagen"
          f={o.beoordelingen}
          uitleg="Meldingen met een datum in de periode en een definitieve veiligheidsbeoordeling. Weekenden en feestdagen tellen niet mee."
          leeg="Geen meldingen met een definitieve veiligheidsbeoordeling in deze periode."
        />
        <TermijnFiguurBlok
          id="acuut"
          titel="Acute meldingen binnen 24 uur beoordeeld"
          f={{ ...o.acuut, norm: null }}
          uitleg="Acute meldingen met een datum in de periode en een definitieve veiligheidsbeoordeling: binnen 24 uur na het registreren van de melding vastgelegd. Telt ook mee in de 5 werkdagen hiernaast, met de termijn van dezelfde dag."
          leeg="Geen acute meldingen met een definitieve veiligheidsbeoordeling in deze periode."
        />
        <TermijnFiguurBlok
          id="onderzoeken"
          titel="Onderzoeken binnen 10 weken"
          f={o.onderzoeken}
          uitleg="Onderzoeken die in de periode zijn afgesloten, gerekend vanaf de datum van de veiligheidsbeoordeling."
          leeg="Geen onderzoeken afgesloten in deze periode."
        />
        <TermijnFiguurBlok
          id="terugkoppeling"
          titel="Terugkoppeling aan de melder op tijd"
          f={{ ...o.terugkoppeling, norm: null }}
          uitleg="Meldingen met een datum in de periode en een definitieve veiligheidsbeoordeling waarvan de terugkoppeling (of dat zij niet mogelijk was) is vastgelegd, binnen het aantal werkdagen na de beoordeling dat de organisatie heeft ingesteld."
          leeg="Nog geen terugkoppelingen vastgelegd voor meldingen in deze periode."
        />
        <TermijnFiguurBlok
          id="informeren"
          titel="Betrokkenen binnen 4 weken geïnformeerd"
          f={{ ...o.informeren, norm: null }}
          uitleg="Betrokkenen van meldingen in de periode voor wie is vastgelegd dat zij zijn geïnformeerd (of waarom niet), binnen 4 weken na de melding."
          leeg="Nog niets vastgelegd over het informeren van betrokkenen in deze periode."
        />
      </div>
      <section aria-labelledby="te-laat-titel">
        <h2 id="te-laat-titel" className="mb-3 text-xl font-semibold">
          Over de termijn
        </h2>
        <TermijnLijst
          id="beoordeling-open"
          titel="Meldingen nog zonder definitieve beoordeling, termijn verstreken"
          lijst={o.beoordelingen.open}
          def={TERMIJN_LIJSTEN.beoordelingOpen}
          sp={sp}
          kolommen={melding}
          leeg="Geen meldingen over de termijn."
        />
        <TermijnLijst
          id="beoordeling-laat"
          titel="Te laat beoordeelde meldingen in de periode"
          lijst={o.beoordelingen.teLaat}
          def={TERMIJN_LIJSTEN.beoordelingLaat}
          sp={sp}
          kolommen={melding}
          leeg="Alle beoordelingen in deze periode waren op tijd."
        />
        <TermijnLijst
          id="onderzoek-open"
          titel="Lopende onderzoeken over de termijn"
          lijst={o.onderzoeken.open}
          def={TERMIJN_LIJSTEN.onderzoekOpen}
          sp={sp}
          kolommen={onderzoek}
          leeg="Geen lopende onderzoeken over de termijn."
        />
        <TermijnLijst
          id="onderzoek-laat"
          titel="Te laat afgeronde onderzoeken in de periode"
          lijst={o.onderzoeken.teLaat}
          def={TERMIJN_LIJSTEN.onderzoekLaat}
          sp={sp}
          kolommen={onderzoek}
          leeg="Alle onderzoeken in deze periode waren op tijd afgerond."
        />
        <TermijnLijst
          id="terugkoppeling-open"
          titel="Terugkoppeling aan de melder nog niet vastgelegd, termijn verstreken"
          lijst={o.terugkoppeling.open}
          def={OPVOLGING_LIJSTEN.terugkoppeling}
          sp={sp}
          kolommen={{ nummer: "Melding", datum: "Datum beoordeling", wie: "Behandelaar", eenheid: "werkdagen" }}
          leeg="Geen terugkoppelingen over de termijn."
        />
        <TermijnLijst
          id="informeren-open"
          titel="Betrokkenen nog niet geïnformeerd, 4 weken verstreken"
          lijst={o.informeren.open}
          def={OPVOLGING_LIJSTEN.informeren}
          sp={sp}
          kolommen={{ nummer: "Melding", datum: "Datum melding", wie: "Betrokkene", eenheid: "dagen" }}
          leeg="Geen betrokkenen over de termijn."
        />
      </section>
    </>
  );
}
