import Link from "next/link";
import type { CasusWerk, Persoon } from "@/lib/team/types";
import { AssignCasemanagerForm } from "./assign-casemanager-form";
import { Disclosure } from "./disclosure";
import { datumNl } from "@/components/format-datum";
import { EmptyLine } from "@/components/ui/section";

/** Casussen as a table with an inline (re)assign form per row. */
export function CasusWerkTabel({
  caption,
  casussen,
  opties,
  leeg,
}: {
  caption: string;
  casussen: CasusWerk[];
  opties: Persoon[];
  leeg: string;
}) {
  if (casussen.length === 0) return <EmptyLine>{leeg}</EmptyLine>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {["Casus", "Begindatum", "Gemeente", "Fase", "Veiligheidsbeoordeling", "Casemanager"].map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {casussen.map((c) => (
            <tr key={c.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-medium">
                <Link href={`/casussen/${encodeURIComponent(c.nummer)}`}>{c.nummer}</Link>
              </th>
              <td className="p-2">{datumNl(c.begindatum)}</td>
              <td className="p-2">{c.gemeente ?? "onbekend"}</td>
              <td className="p-2">{c.stageLabel}</td>
              <td className="p-2">{c.beoordeling ?? "—"}</td>
              <td className="p-2">
                <span className="mb-1 block">{c.casemanager ?? "Nog geen"}</span>
                <Disclosure
                  summary={c.casemanagerId ? "Andere casemanager" : "Toewijzen"}
                  srSuffix={`casus ${c.nummer}`}
                >
                  <AssignCasemanagerForm
                    casusId={c.id}
                    version={c.version}
                    nummer={c.nummer}
                    huidigId={c.casemanagerId}
                    opties={opties}
                  />
                </Disclosure>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
