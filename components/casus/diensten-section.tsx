import Link from "next/link";
import { labelOf, UITKOMST_VORMEN } from "@/lib/domain/codes";
import { DIENST_SOORT_LABELS } from "@/lib/domain/casus-state";
import { DIENST_STATUS_LABELS } from "@/lib/casus/labels";
import type { DienstView } from "@/lib/casus/overview-types";
import { datumNl, momentNl } from "@/components/format-datum";
import { Details } from "@/components/ui/details";
import { joinLabels } from "@/components/ui/labels";
import { Card, EmptyLine, Section } from "@/components/ui/section";
import { Badge } from "@/components/ui/tone";

function Uitkomst({ d }: { d: DienstView }) {
  const per = UITKOMST_VORMEN.map((vorm, i) => ({ vorm, digit: d.uitkomstOnderzoek[i] ?? "0" })).filter(
    (x) => x.digit !== "0",
  );
  if (per.length === 0) return <>geen uitkomst per vorm vastgelegd</>;
  return (
    <ul className="list-disc pl-5">
      {per.map((x) => (
        <li key={x.vorm}>
          {labelOf("A", x.vorm)}: {labelOf("H", x.digit)}
        </li>
      ))}
    </ul>
  );
}

function Termijn({ d }: { d: DienstView }) {
  if (!d.deadline) return null;
  const tekst = `uiterlijk ${datumNl(d.deadline)} (10 weken na de veiligheidsbeoordeling)`;
  if (d.termijn === "op-tijd")
    return (
      <>
        <Badge tone="ok">Binnen de termijn</Badge> {tekst}
      </>
    );
  if (d.termijn === "open" || d.termijn === "vandaag")
    return (
      <>
        <Badge tone="warn">Loopt, binnen de termijn</Badge> {tekst}
      </>
    );
  return (
    <>
      <Badge tone="bad">{d.termijn === "verstreken" ? "Termijn verstreken" : "Te laat afgerond"}</Badge> {tekst}
    </>
  );
}

export function DienstenSection({
  diensten,
  magCorrigeren = false,
}: {
  diensten: DienstView[];
  /** The teamleider's correction of a confirmed closing (open casus only). */
  magCorrigeren?: boolean;
}) {
  return (
    <Section id="diensten" title="Diensten" count={diensten.length}>
      {diensten.length === 0 && <EmptyLine>Er is (nog) geen dienst gestart.</EmptyLine>}
      {diensten.map((d) => {
        const afgesloten = d.status !== "LOPEND";
        return (
          <Card key={d.id} labelledBy={`dienst-${d.id}`}>
            <h3 id={`dienst-${d.id}`} className="mb-2 text-lg font-semibold">
              {DIENST_SOORT_LABELS[d.soort]} {d.nummer} — gestart {datumNl(d.startdatum)}
            </h3>
            <Details
              items={[
                ["Soort", DIENST_SOORT_LABELS[d.soort]],
                ["Na beoordeling van melding", d.meldingNummer],
                ["Startdatum", datumNl(d.startdatum)],
                ["Einddatum", d.einddatum ? datumNl(d.einddatum) : "loopt nog"],
                ["Status", DIENST_STATUS_LABELS[d.status]],
                ["Uitgevoerd door", d.uitvoerder ?? "niet vastgelegd"],
                d.soort === "O" ? ["Termijn onderzoek", <Termijn key="t" d={d} />] : null,
                afgesloten ? ["Conclusie aard", joinLabels(d.aardConclusie, (c) => labelOf("A", c))] : null,
                afgesloten && d.aanvullendeInformatie.length
                  ? ["Aanvullende informatie", joinLabels(d.aanvullendeInformatie, (c) => labelOf("B", c))]
                  : null,
                afgesloten ? ["Duur", labelOf("C", d.duur)] : null,
                afgesloten && d.soort === "O" ? ["Uitkomst per vorm", <Uitkomst key="u" d={d} />] : null,
                afgesloten && d.redenVoortijdig !== "00"
                  ? ["Voortijdig afgesloten", labelOf("H2", d.redenVoortijdig)]
                  : null,
                d.voorgesteldDoor ? ["Afsluiting voorgesteld door", d.voorgesteldDoor] : null,
                d.bevestigdDoor
                  ? ["Afsluiting bevestigd", `door ${d.bevestigdDoor} op ${momentNl(d.bevestigdOp)}`]
                  : null,
                d.toelichting ? ["Toelichting", d.toelichting] : null,
              ]}
            />
            <p className="mt-3 flex flex-wrap gap-4">
              <Link href={d.href}>Dienst {d.nummer} openen</Link>
              {magCorrigeren && d.status === "AFGESLOTEN" && (
                <Link href={`${d.href}/corrigeren`}>
                  Afsluiting corrigeren<span className="sr-only"> dienst {d.nummer}</span>
                </Link>
              )}
            </p>
          </Card>
        );
      })}
    </Section>
  );
}
