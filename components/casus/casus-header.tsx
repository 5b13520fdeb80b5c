import Link from "next/link";
import type { CasusOverview } from "@/lib/casus/overview-types";
import { datumNl } from "@/components/format-datum";
import { Details } from "@/components/ui/details";
import { Badge } from "@/components/ui/tone";

export function CasusHeader({ c }: { c: CasusOverview }) {
  return (
    <header className="mb-8">
      <h1 className="mb-2 text-2xl font-semibold">Casus {c.nummer}</h1>
      <p className="mb-4 flex flex-wrap gap-2">
        <Badge tone={c.einddatum ? "info" : "ok"}>{c.einddatum ? "Gesloten" : "Open"}</Badge>
        <Badge tone="info">Fase: {c.stageLabel}</Badge>
      </p>
      {c.hermelding && (
        <div
          role="note"
          aria-labelledby="hermelding-titel"
          className="mb-4 rounded border-l-4 border-amber-700 bg-amber-50 p-3"
        >
          <p id="hermelding-titel" className="font-semibold">
            Hermelding: eerder bekend bij Veilig Thuis
          </p>
          {c.eerdereCasussen.length > 0 ? (
            <ul className="mt-1 list-disc pl-6">
              {c.eerdereCasussen.map((e) => (
                <li key={e.nummer}>
                  <Link href={`/casussen/${encodeURIComponent(e.nummer)}`}>Casus {e.nummer}</Link> (
                  {datumNl(e.begindatum)} – {e.einddatum ? datumNl(e.einddatum) : "nog open"})
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1">Eerdere casussen van deze personen vallen buiten uw caseload.</p>
          )}
        </div>
      )}
      <Details
        items={[
          ["Casusnummer", c.nummer],
          ["Begindatum", datumNl(c.begindatum)],
          ["Einddatum", c.einddatum ? datumNl(c.einddatum) : "open"],
          ["Gemeente", c.gemeente ? `${c.gemeente.naam ?? "onbekende gemeente"} (${c.gemeente.code})` : "onbekend"],
          ["Fase", c.stageLabel],
          ["Casemanager", c.casemanager?.naam ?? "nog niet toegewezen"],
        ]}
      />
    </header>
  );
}
