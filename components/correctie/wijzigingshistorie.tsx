// The Wijzigingshistorie: every correction, who made it, when and why, and per field the old and the new value.
import type { CorrectieView } from "@/lib/correctie/queries";
import { formatDatumTijdNl } from "@/lib/domain/datum-tijd";
import { EmptyLine, Section } from "@/components/ui/section";

export function Wijzigingshistorie({
  correcties,
  titel = "Wijzigingshistorie",
  id = "wijzigingshistorie",
}: {
  correcties: CorrectieView[];
  titel?: string;
  id?: string;
}) {
  return (
    <Section id={id} title={titel} count={correcties.length}>
      {correcties.length === 0 ? (
        <EmptyLine>Er is niets gecorrigeerd.</EmptyLine>
      ) : (
        <ol className="space-y-3">
          {correcties.map((c) => (
            <li key={c.id} className="rounded border border-slate-300 bg-white p-3">
              <p className="font-medium">
                {c.record} — gecorrigeerd door {c.door} op {formatDatumTijdNl(new Date(c.at))}
              </p>
              <p className="text-sm">Reden: {c.reden}</p>
              <table className="mt-2 w-full border-collapse text-left text-sm">
                <caption className="sr-only">Gewijzigde velden</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="p-1">
                      Veld
                    </th>
                    <th scope="col" className="p-1">
                      Was
                    </th>
                    <th scope="col" className="p-1">
                      Werd
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.wijzigingen.map((w) => (
                    <tr key={w.veld} className="border-b border-slate-200">
                      <th scope="row" className="p-1 font-normal">
                        {w.label}
                      </th>
                      <td className="p-1">{w.oud}</td>
                      <td className="p-1">{w.nieuw}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
