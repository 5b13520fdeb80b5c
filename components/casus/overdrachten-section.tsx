import Link from "next/link";
import { labelOf } from "@/lib/domain/codes";
import { OVERDRACHT_MOMENT_LABELS } from "@/lib/casus/labels";
import type { OverdrachtView } from "@/lib/casus/overview-types";
import { datumNl } from "@/components/format-datum";
import { Details } from "@/components/ui/details";
import { Card, EmptyLine, Section } from "@/components/ui/section";

export function OverdrachtenSection({
  overdrachten,
  corrigeerBasis,
}: {
  overdrachten: OverdrachtView[];
  /** The casus page's path when the user may correct (the link goes to …/overdrachten/{id}/corrigeren). */
  corrigeerBasis?: string;
}) {
  return (
    <Section id="overdrachten" title="Overdrachten" count={overdrachten.length}>
      {overdrachten.length === 0 && <EmptyLine>Er is (nog) niets overgedragen.</EmptyLine>}
      {overdrachten.map((o) => (
        <Card key={o.id} labelledBy={`overdracht-${o.id}`}>
          <h3 id={`overdracht-${o.id}`} className="mb-2 text-lg font-semibold">
            Overdracht {o.nummer} — {datumNl(o.datum)}
          </h3>
          <Details
            items={[
              ["Datum overdracht", datumNl(o.datum)],
              ["Moment", `${OVERDRACHT_MOMENT_LABELS[o.moment] ?? o.moment}${o.bron ? ` (${o.bron})` : ""}`],
              ["Partij", labelOf("I", o.partij)],
              ["Hulp", labelOf("J", o.hulp)],
              ["Betrokkenen", o.betrokkenen.map((p) => p.naam).join(", ") || "geen"],
              o.toelichting ? ["Toelichting", o.toelichting] : null,
            ]}
          />
          {corrigeerBasis && (
            <p className="mt-2">
              <Link href={`${corrigeerBasis}/overdrachten/${o.nummer}/corrigeren`}>
                Corrigeren<span className="sr-only"> overdracht {o.nummer}</span>
              </Link>
            </p>
          )}
        </Card>
      ))}
    </Section>
  );
}
