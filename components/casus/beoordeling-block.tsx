import { labelOf } from "@/lib/domain/codes";
import type { MeldingView } from "@/lib/casus/overview-types";
import { datumNl, momentNl } from "@/components/format-datum";
import { Details } from "@/components/ui/details";
import { Badge } from "@/components/ui/tone";

/** The veiligheidsbeoordeling of one melding, or what is still missing and by when. */
export function BeoordelingBlock({ m }: { m: MeldingView }) {
  const b = m.beoordeling;
  const id = `beoordeling-${m.id}`;
  return (
    <section aria-labelledby={id} className="mt-4 border-l-4 border-slate-300 pl-4">
      <h4 id={id} className="mb-2 font-semibold">
        Veiligheidsbeoordeling
      </h4>
      {!b ? (
        <p className="flex flex-wrap items-center gap-2">
          <span>Nog niet beoordeeld — uiterlijk {datumNl(m.deadline)} (5 werkdagen na de melding).</span>
          {m.termijn === "verstreken" ? (
            <Badge tone="bad">Termijn verstreken</Badge>
          ) : (
            <Badge tone="warn">Binnen de termijn</Badge>
          )}
        </p>
      ) : (
        <>
          <p className="mb-2 flex flex-wrap gap-2">
            {b.vastgesteldOp ? (
              <Badge tone="ok">Definitief</Badge>
            ) : (
              <Badge tone="warn">Wacht op vaststelling (vier ogen)</Badge>
            )}
            {m.termijn === "op-tijd" ? (
              <Badge tone="ok">Binnen de termijn (uiterlijk {datumNl(m.deadline)})</Badge>
            ) : (
              <Badge tone="bad">Te laat: termijn was {datumNl(m.deadline)}</Badge>
            )}
          </p>
          <Details
            items={[
              ["Datum beoordeling", datumNl(b.datum)],
              ["Inhoud", labelOf("F", b.inhoud)],
              ["Veiligheidstaxatie", labelOf("G", b.taxatie)],
              ["Vastgelegd door", b.vastgelegdDoor],
              ["Besloten met", b.besluitMet],
              [
                "Vastgesteld",
                b.vastgesteldOp
                  ? `door ${b.vastgesteldDoor ?? "onbekend"} op ${momentNl(b.vastgesteldOp)}`
                  : "wacht op vaststelling",
              ],
              b.toelichting ? ["Toelichting", b.toelichting] : null,
            ]}
          />
        </>
      )}
    </section>
  );
}
