// One advies: its data, the contacts, and the link with the melding it became.
import Link from "next/link";
import { labelOf } from "@/lib/domain/codes";
import type { AdviesDetail } from "@/lib/advies/queries";
import { datumNl } from "@/components/format-datum";
import { Details } from "@/components/ui/details";
import { codeLabels } from "@/components/ui/labels";
import { Section } from "@/components/ui/section";

export function AdviesGegevens({ advies }: { advies: AdviesDetail }) {
  return (
    <Section boxed title="Gegevens">
      <Details
        items={[
          ["Status", advies.open ? "Open" : `Afgesloten op ${datumNl(advies.einddatum)}`],
          ["Startdatum", datumNl(advies.startdatum)],
          ["Einddatum", advies.einddatum ? datumNl(advies.einddatum) : null],
          ["Gemeente", advies.gemeente ?? "Onbekend"],
          ["Functie of rol", labelOf("D", advies.functieRol)],
          ["Organisatie", labelOf("E", advies.organisatie)],
          [
            "Contactgegevens adviesvrager",
            advies.adviesvrager
              ? `${[advies.adviesvrager.naam, advies.adviesvrager.telefoon].filter(Boolean).join(", ") || "—"} (met toestemming)`
              : "Niet bewaard (geen toestemming)",
          ],
          ["Aard", codeLabels("A", advies.aard)],
          ["Aanvullende informatie", codeLabels("B", advies.aanvullendeInformatie, "Geen")],
          ["Duur", labelOf("C", advies.duur)],
          [
            "Adviesvraag",
            advies.adviesvraag ? <span className="whitespace-pre-wrap">{advies.adviesvraag}</span> : null,
          ],
          ["Behandelaar", advies.behandelaar],
        ]}
      />
    </Section>
  );
}

export function AdviesContacten({ advies }: { advies: AdviesDetail }) {
  if (advies.contacten.length === 0)
    return <p className="mb-4 text-slate-700">Er zijn nog geen contacten vastgelegd.</p>;
  return (
    <ol className="mb-4 space-y-3" aria-label="Contacten">
      {advies.contacten.map((c, i) => (
        <li key={c.id} className="rounded border border-slate-200 bg-slate-50 p-3">
          <p className="font-medium">
            Contact {i + 1} · {datumNl(c.datum)}
          </p>
          <p className="whitespace-pre-wrap">{c.notitie}</p>
        </li>
      ))}
    </ol>
  );
}

export function AdviesMeldingLink({ advies, magOmzetten }: { advies: AdviesDetail; magOmzetten: boolean }) {
  if (advies.melding) {
    return (
      <p>
        Dit advies is omgezet naar melding{" "}
        <Link className="underline" href={`/meldingen/${advies.melding.nummer}`}>
          {advies.melding.nummer}
        </Link>{" "}
        in casus{" "}
        <Link className="underline" href={`/casussen/${advies.melding.casusNummer}`}>
          {advies.melding.casusNummer}
        </Link>
        .
      </p>
    );
  }
  if (!magOmzetten) return <p>Dit advies is niet omgezet naar een melding.</p>;
  return (
    <div>
      <p className="mb-3 text-slate-700">
        Blijkt uit het contact dat Veilig Thuis zelf moet handelen, zet het advies dan om naar een melding. Het
        meldingformulier wordt ingevuld met aard, aanvullende informatie, duur, functie en organisatie van dit advies
        {advies.open ? "; het advies wordt afgesloten op de datum van de melding." : "."}
      </p>
      <Link
        href={`/meldingen/nieuw?advies=${encodeURIComponent(advies.nummer)}`}
        className="inline-block rounded border border-blue-800 px-4 py-2 font-medium text-blue-800 no-underline hover:bg-blue-50"
      >
        Omzetten naar melding
      </Link>
    </div>
  );
}
