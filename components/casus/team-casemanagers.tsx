import type { CasemanagerGroep, Persoon } from "@/lib/team/types";
import { CasusWerkTabel } from "./team-toewijzen";

export function TeamCasemanagers({ groepen, opties }: { groepen: CasemanagerGroep[]; opties: Persoon[] }) {
  return (
    <>
      <table className="mb-6 w-full border-collapse bg-white text-left text-sm">
        <caption className="mb-1 text-left font-medium">Aantallen per casemanager</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {["Casemanager", "Open casussen", "Lopende diensten", "Onderzoeken over de termijn"].map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groepen.map((g) => (
            <tr key={g.casemanager.id} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-medium">
                <a href={`#cm-groep-${g.casemanager.id}`}>{g.casemanager.naam}</a>
              </th>
              <td className="p-2 tabular-nums">{g.casussen.length}</td>
              <td className="p-2 tabular-nums">{g.lopendeDiensten}</td>
              <td className="p-2 tabular-nums">{g.onderzoekOverTermijn}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {groepen.map((g) => (
        <section key={g.casemanager.id} aria-labelledby={`cm-groep-${g.casemanager.id}`} className="mb-6">
          <h3 id={`cm-groep-${g.casemanager.id}`} className="mb-2 text-lg font-semibold">
            {g.casemanager.naam} ({g.casussen.length})
          </h3>
          <CasusWerkTabel
            caption={`Open casussen van ${g.casemanager.naam}`}
            casussen={g.casussen}
            opties={opties}
            actie="Andere casemanager"
            leeg="Geen open casussen."
          />
        </section>
      ))}
    </>
  );
}
