// The team overview's counts per triage worker (each opens the paged list of their meldingen), and that list
// with a form per melding to give it to someone else.
import Link from "next/link";
import type { MeldingWerk, Persoon, TriageTelling } from "@/lib/team/types";
import { AssignBehandelaarForm } from "./assign-behandelaar-form";
import { Disclosure } from "./disclosure";
import { datumNl } from "@/components/format-datum";
import { Badge } from "@/components/ui/tone";
import { EmptyLine } from "@/components/ui/section";

export function TeamTriage({ tellingen }: { tellingen: TriageTelling[] }) {
  return (
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
        {tellingen.map((g) => (
          <tr key={g.behandelaar?.id ?? "geen"} className="border-b border-slate-200">
            <th scope="row" className="p-2 font-medium">
              <Link href={`/team/meldingen?behandelaar=${g.behandelaar?.id ?? "geen"}`}>
                {g.behandelaar?.naam ?? "Nog niet toegewezen"}
              </Link>
            </th>
            <td className="p-2 tabular-nums">{g.open}</td>
            <td className="p-2 tabular-nums">
              {g.verstreken > 0 ? (
                <Link href={`/team/meldingen?behandelaar=${g.behandelaar?.id ?? "geen"}&termijn=verstreken`}>
                  {g.verstreken}
                </Link>
              ) : (
                0
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TeamMeldingenTabel({ meldingen, opties }: { meldingen: MeldingWerk[]; opties: Persoon[] }) {
  if (meldingen.length === 0) return <EmptyLine>Geen meldingen bij dit filter.</EmptyLine>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Meldingen die wachten op een veiligheidsbeoordeling</caption>
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
          {meldingen.map((m) => (
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
                <span className="mb-1 block">{m.behandelaar ?? "Nog niemand"}</span>
                <Disclosure
                  summary={m.behandelaarId ? "Andere behandelaar" : "Toewijzen"}
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
  );
}
