import Link from "next/link";
import { labelOf } from "@/lib/domain/codes";
import type { MeldingView } from "@/lib/casus/overview-types";
import { BeoordelingBlock } from "./beoordeling-block";
import { datumNl } from "@/components/format-datum";
import { Details } from "@/components/ui/details";
import { joinLabels } from "@/components/ui/labels";
import { Card, EmptyLine, Section } from "@/components/ui/section";
import { Disclosure } from "./disclosure";
import { MeldingIntrekkenForm } from "@/components/correctie/reden-forms";

function Melder({ m }: { m: MeldingView }) {
  if (m.melder === "afgeschermd") return <>afgeschermd — de melder wil anoniem blijven</>;
  const parts = [m.melder.naam, m.melder.organisatieNaam, m.melder.contact].filter(Boolean);
  return <>{parts.length ? parts.join(", ") : "niet vastgelegd"}</>;
}

export function MeldingenSection({
  meldingen,
  casusnummer,
  magIntrekken = false,
  magCorrigeren = false,
  magCorrigerenNaVaststelling = false,
}: {
  meldingen: MeldingView[];
  casusnummer?: string;
  magIntrekken?: boolean;
  magCorrigeren?: boolean;
  /** The teamleider's correction of a vastgestelde beoordeling (open casus only). */
  magCorrigerenNaVaststelling?: boolean;
}) {
  return (
    <Section id="meldingen" title="Meldingen en veiligheidsbeoordelingen" count={meldingen.length}>
      {meldingen.length === 0 && <EmptyLine>Er zijn geen meldingen.</EmptyLine>}
      {meldingen.map((m) => (
        <Card key={m.id} labelledBy={`melding-${m.id}`}>
          <h3 id={`melding-${m.id}`} className="mb-2 text-lg font-semibold">
            Melding {m.nummer} — {datumNl(m.datum)}
            {m.ingetrokken && <span className="ml-2 rounded bg-slate-200 px-2 text-sm">ingetrokken</span>}
          </h3>
          {m.ingetrokken && (
            <p className="mb-2 rounded border border-slate-400 bg-slate-50 p-2">
              Ingetrokken op {datumNl(m.ingetrokken.op.slice(0, 10))} door {m.ingetrokken.door}: {m.ingetrokken.reden}.
              Deze melding wordt niet aan CBS geleverd.
            </p>
          )}
          <Details
            items={[
              ["Datum melding", datumNl(m.datum)],
              ["Functie of rol", labelOf("D", m.functieRol)],
              ["Organisatie", labelOf("E", m.organisatie)],
              ["Anoniem", m.anoniem ? "Ja: identiteit van de melder afgeschermd voor de betrokkenen" : "Nee"],
              ["Melder", <Melder key="melder" m={m} />],
              ["Aard", joinLabels(m.aard, (c) => labelOf("A", c))],
              [
                "Aanvullende informatie",
                m.aanvullendeInformatie.length ? joinLabels(m.aanvullendeInformatie, (c) => labelOf("B", c)) : "geen",
              ],
              ["Duur", labelOf("C", m.duur)],
              ["Betrokkenen", m.betrokkenen.map((p) => p.naam).join(", ") || "geen"],
              ["Behandelaar", m.behandelaar ?? "niet toegewezen"],
              m.toelichting ? ["Toelichting", m.toelichting] : null,
            ]}
          />
          <BeoordelingBlock m={m} />
          <ul className="mt-3 flex flex-wrap gap-4">
            {m.links.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
            {magCorrigerenNaVaststelling && m.beoordeling?.vastgesteldOp && (
              <li>
                <Link href={`/meldingen/${m.nummer}/beoordeling/corrigeren`}>
                  Beoordeling corrigeren<span className="sr-only"> {m.beoordeling.nummer}</span>
                </Link>
              </li>
            )}
            {magCorrigeren && !m.ingetrokken && (
              <li>
                <Link href={`/meldingen/${m.nummer}/corrigeren`}>
                  Corrigeren<span className="sr-only"> melding {m.nummer}</span>
                </Link>
              </li>
            )}
          </ul>
          {magIntrekken && !m.ingetrokken && casusnummer && (
            <div className="mt-3">
              <Disclosure summary="Melding intrekken" srSuffix={m.nummer}>
                <MeldingIntrekkenForm
                  casusnummer={casusnummer}
                  meldingId={m.id}
                  meldingnummer={m.nummer}
                  version={m.version}
                />
              </Disclosure>
            </div>
          )}
        </Card>
      ))}
    </Section>
  );
}
