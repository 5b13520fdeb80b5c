import Link from "next/link";
import type { Persoon, TriageGroep } from "@/lib/team/types";
import { AssignBehandelaarForm } from "./assign-behandelaar-form";
import { Disclosure } from "./disclosure";
import { datumNl } from "@/components/format-datum";
import { Badge } from "@/components/ui/tone";

const groepId = (g: TriageGroep) => `triage-groep-${g.behandelaar?.id ?? "geen"}`;
const groepNaam = (g: TriageGroep) => g.behandelaar?.naam ?? "Nog niet toegewezen";

export function TeamTriage({ groepen, opties }: { groepen: TriageGroep[]; opties: Persoon[] }) {
  return (
    <>
      <table className="mb-6 w-full border-collapse bg-white text-left text-sm">
        <caption className="mb-1 text-left font-medium">Aantallen per medewerker voordeur</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {["Medewerker", "Wachten op beoordeling", "Termijn verstreken"].map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groepen.map((g) => (
            <tr key={groepId(g)} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-medium">
                <a href={`#${groepId(g)}`}>{groepNaam(g)}</a>
              </th>
              <td className="p-2 tabular-nums">{g.meldingen.length}</td>
              <td className="p-2 tabular-nums">{g.verstreken}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {groepen
        .filter((g) => g.meldingen.length > 0)
        .map((g) => (
          <section key={groepId(g)} aria-labelledby={groepId(g)} className="mb-6">
            <h3 id={groepId(g)} className="mb-2 text-lg font-semibold">
              {groepNaam(g)} ({g.meldingen.length})
            </h3>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse bg-white text-left text-sm">
                <caption className="sr-only">
                  Meldingen van {groepNaam(g)} die wachten op een veiligheidsbeoordeling
                </caption>
                <thead>
                  <tr className="border-b border-slate-400">
                    {["Melding", "Casus", "Datum melding", "Uiterlijk beoordelen", "Status", "Behandelaar"].map((h) => (
                      <th key={h} scope="col" className="p-2">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {g.meldingen.map((m) => (
                    <tr key={m.id} className="border-b border-slate-200 align-top">
                      <th scope="row" className="p-2 font-medium">
                        <Link href={`/meldingen/${encodeURIComponent(m.nummer)}`}>{m.nummer}</Link>
                      </th>
                      <td className="p-2">
                        <Link href={`/casussen/${encodeURIComponent(m.casusNummer)}`}>{m.casusNummer}</Link>
                      </td>
                      <td className="p-2">{datumNl(m.datum)}</td>
                      <td className="p-2">
                        {datumNl(m.deadline)} {m.verstreken && <Badge tone="bad">Verstreken</Badge>}
                      </td>
                      <td className="p-2">{m.status}</td>
                      <td className="p-2">
                        <Disclosure
                          summary={g.behandelaar ? "Andere behandelaar" : "Toewijzen"}
                          srSuffix={`melding ${m.nummer}`}
                        >
                          <AssignBehandelaarForm
                            meldingId={m.id}
                            version={m.version}
                            nummer={m.nummer}
                            huidigId={m.behandelaarId}
                            opties={opties}
                          />
                        </Disclosure>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
    </>
  );
}
