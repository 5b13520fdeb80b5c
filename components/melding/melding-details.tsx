// One melding: casus, termijn, melder (shielded in the data when needed), aard, betrokkenen, beoordeling.
import Link from "next/link";
import { labelOf } from "@/lib/domain/codes";
import { ROL_LABELS } from "@/lib/betrokkene/schema";
import type { MeldingDetail } from "@/lib/melding/queries";
import { datumNl } from "@/components/format-datum";
import { Details } from "@/components/ui/details";
import { codeLabels } from "@/components/ui/labels";
import { Section } from "@/components/ui/section";
import { TermijnLabel } from "@/components/ui/termijn";
import { vormLabel } from "@/lib/melding/vormen-geweld";
import { formatDatumTijdNl } from "@/lib/domain/datum-tijd";

export function MeldingGegevens({ m }: { m: MeldingDetail }) {
  const casusTekst = `${m.casus.open ? "Open" : `Gesloten op ${datumNl(m.casus.einddatum)}`}${m.casus.hermelding ? " · hermelding (eerder bekend)" : ""}`;
  return (
    <Section boxed title="Melding">
      <Details
        items={[
          [
            "Casus",
            <>
              <Link className="underline" href={`/casussen/${m.casus.nummer}`}>
                {m.casus.nummer}
              </Link>{" "}
              · {casusTekst}
            </>,
          ],
          ["Soort", m.eersteVanCasus ? "Eerste melding van de casus" : "Vervolgmelding"],
          ["Datum melding", datumNl(m.datumMelding)],
          [
            "Acuut",
            m.intake.acuut ? <span className="font-semibold text-red-800">Ja — {m.intake.acuutReden}</span> : "Nee",
          ],
          ["Termijn beoordeling", <TermijnLabel key="t" termijn={m.termijn} />],
          ["Gemeente", m.casus.gemeente ?? "Onbekend"],
          ["Aard", codeLabels("A", m.aard)],
          ["Aanvullende informatie", codeLabels("B", m.aanvullendeInformatie, "Geen")],
          ["Duur", labelOf("C", m.duur)],
          ["Toelichting", m.toelichting ? <span className="whitespace-pre-wrap">{m.toelichting}</span> : null],
          ["Vorm van geweld", m.intake.vormenGeweld.map(vormLabel).join(", ") || "Niet vastgelegd"],
          ...politieRegels(m.intake),
          [
            "Advies",
            m.adviesNummer ? (
              <Link className="underline" href={`/adviezen/${m.adviesNummer}`}>
                {m.adviesNummer}
              </Link>
            ) : (
              "Niet uit een advies"
            ),
          ],
          ["Behandelaar", m.behandelaar],
          [
            "Andere meldingen in de casus",
            m.andereMeldingen.length ? (
              <ul>
                {m.andereMeldingen.map((o) => (
                  <li key={o.nummer}>
                    <Link className="underline" href={`/meldingen/${o.nummer}`}>
                      {o.nummer}
                    </Link>{" "}
                    ({datumNl(o.datumMelding)})
                  </li>
                ))}
              </ul>
            ) : (
              "Geen"
            ),
          ],
        ]}
      />
    </Section>
  );
}

function politieRegels(i: MeldingDetail["intake"]): [string, React.ReactNode][] {
  if (!i.politieRegistratienummer && !i.politieIncidentOp && i.tijdelijkHuisverbod === null) return [];
  return [
    ["Registratienummer politie", i.politieRegistratienummer],
    ["Datum en tijd incident", i.politieIncidentOp ? formatDatumTijdNl(i.politieIncidentOp) : null],
    ["Tijdelijk huisverbod", i.tijdelijkHuisverbod === null ? "Onbekend" : i.tijdelijkHuisverbod ? "Ja" : "Nee"],
  ];
}

export function MelderGegevens({ m }: { m: MeldingDetail }) {
  const afgeschermd = <span className="italic">afgeschermd (anoniem)</span>;
  const { melder } = m;
  return (
    <Section boxed title="Melder">
      {melder.anoniem && (
        <p className="mb-3 rounded border border-amber-700 bg-amber-50 p-2 text-amber-900">
          Anoniem: de identiteit van de melder mag niet bekend worden bij de betrokkenen.
        </p>
      )}
      <Details
        items={[
          ["Functie of rol", labelOf("D", melder.functieRol)],
          ["Organisatie", labelOf("E", melder.organisatie)],
          ["Naam van de organisatie", melder.afgeschermd ? afgeschermd : melder.organisatieNaam],
          ["Naam melder", melder.afgeschermd ? afgeschermd : melder.naam],
          ["Contactgegevens melder", melder.afgeschermd ? afgeschermd : melder.contact],
          ["Anoniem", melder.anoniem ? "Ja" : "Nee"],
        ]}
      />
    </Section>
  );
}

export function BetrokkenenTabel({ m }: { m: MeldingDetail }) {
  return (
    <Section boxed title="Betrokkenen">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Betrokkenen bij melding {m.nummer}</caption>
          <thead>
            <tr className="border-b">
              {["Nr.", "Naam", "Rol", "BSN", "Geboortedatum", "Geslacht", "Adres", "Telefoon"].map((h) => (
                <th key={h} scope="col" className="p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {m.betrokkenen.map((b) => (
              <tr key={b.id} className="border-b border-slate-200">
                <td className="p-2">{b.persoonsvolgnummer}</td>
                <th scope="row" className="p-2 text-left font-normal">
                  {b.naam}
                </th>
                <td className="p-2">{ROL_LABELS[b.rol]}</td>
                <td className="p-2">{b.bsn === "999999999" ? "ongeboren" : (b.bsn ?? "onbekend")}</td>
                <td className="p-2">{b.geboortedatumTekst}</td>
                <td className="p-2">{labelOf("K", b.geslacht)}</td>
                <td className="p-2">{b.adres ?? "—"}</td>
                <td className="p-2">{b.telefoon ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

export function BeoordelingSamenvatting({ m, magVastleggen }: { m: MeldingDetail; magVastleggen: boolean }) {
  const b = m.beoordeling;
  const link = `/meldingen/${m.nummer}/beoordeling`;
  return (
    <Section boxed title="Veiligheidsbeoordeling">
      {b ? (
        <>
          <Details
            items={[
              ["Status", b.definitief ? "Vastgesteld (definitief)" : "Wacht op vaststelling"],
              ["Datum beoordeling", datumNl(b.datum)],
              ["Veiligheidstaxatie", labelOf("G", b.taxatie)],
              ["Inhoud", labelOf("F", b.inhoud)],
            ]}
          />
          <p className="mt-3">
            <Link href={link}>Veiligheidsbeoordeling {b.nummer} bekijken</Link>
          </p>
        </>
      ) : (
        <>
          <p className="mb-3">Nog geen veiligheidsbeoordeling. Uiterlijk {datumNl(m.termijn.deadline)}.</p>
          {magVastleggen && m.casus.open && (
            <Link
              href={link}
              className="inline-block rounded bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900"
            >
              Veiligheidsbeoordeling vastleggen
            </Link>
          )}
        </>
      )}
    </Section>
  );
}
