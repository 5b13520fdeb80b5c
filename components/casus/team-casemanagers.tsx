// The team overview's counts per case manager; each name opens that case manager's paged list.
import Link from "next/link";
import type { CasemanagerTelling } from "@/lib/team/types";

export function TeamCasemanagers({ tellingen }: { tellingen: CasemanagerTelling[] }) {
  return (
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
        {tellingen.map((g) => (
          <tr key={g.casemanager.id} className="border-b border-slate-200">
            <th scope="row" className="p-2 font-medium">
              <Link href={`/team/casussen?casemanager=${g.casemanager.id}`}>{g.casemanager.naam}</Link>
            </th>
            <td className="p-2 tabular-nums">{g.casussen}</td>
            <td className="p-2 tabular-nums">{g.lopendeDiensten}</td>
            <td className="p-2 tabular-nums">{g.onderzoekOverTermijn}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
