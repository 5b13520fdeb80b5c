import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { getBeoordelingPagina, listBesluitMetOpties } from "@/lib/beoordeling/queries";
import { PageTitle } from "@/components/page-title";
import { BeoordelingGegevens } from "@/components/beoordeling/beoordeling-details";
import {
  NieuweBeoordelingForm,
  TerugsturenForm,
  VaststellenForm,
  WijzigBeoordelingForm,
} from "@/components/beoordeling/beoordeling-forms";
import { Notice } from "@/components/ui/tone";
import { formatDatumTijdNl } from "@/lib/domain/datum-tijd";
import { datumNl } from "@/components/format-datum";
import { Details } from "@/components/ui/details";
import { Section } from "@/components/ui/section";
import { TermijnLabel } from "@/components/ui/termijn";

export default async function BeoordelingPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("melding:read");
  const { nummer } = await params;
  const p = await getBeoordelingPagina(user, decodeURIComponent(nummer));
  if (!p) notFound();
  const { melding: m, beoordeling: b, mag } = p;
  const opties = mag.vastleggen || mag.wijzigen ? await listBesluitMetOpties(user) : [];
  return (
    <>
      <p className="mb-2">
        <Link href={`/meldingen/${m.nummer}`}>← Melding {m.nummer}</Link>
      </p>
      <PageTitle title="Veiligheidsbeoordeling" intro={`Bij melding ${m.nummer} in casus ${m.casusNummer}.`} />
      <Section boxed title="Termijn">
        <Details
          items={[
            ["Datum melding", datumNl(m.datumMelding)],
            ["Uiterlijk beoordelen op", <TermijnLabel key="t" termijn={m.termijn} />],
            [
              "Casus",
              <Link key="c" href={`/casussen/${m.casusNummer}`}>
                {m.casusNummer}
              </Link>,
            ],
          ]}
        />
        {!m.casusOpen && <p className="mt-3 font-medium">De casus is gesloten; er kan niets meer worden vastgelegd.</p>}
      </Section>
      {b?.teruggestuurd && (
        <Notice tone="warn" title="Teruggestuurd">
          <p>
            {b.teruggestuurd.door} stuurde deze beoordeling terug op {formatDatumTijdNl(new Date(b.teruggestuurd.op))}:
          </p>
          <p className="mt-1 whitespace-pre-wrap font-medium">{b.teruggestuurd.opmerking}</p>
          <p className="mt-1">Pas de beoordeling aan; daarna kan zij worden vastgesteld.</p>
        </Notice>
      )}
      {b && (
        <Section boxed title={b.definitief ? "Beoordeling (definitief)" : "Beoordeling (nog niet vastgesteld)"}>
          <BeoordelingGegevens b={b} />
        </Section>
      )}
      {!b && mag.vastleggen && (
        <Section boxed title="Beoordeling vastleggen">
          <NieuweBeoordelingForm
            meldingNummer={m.nummer}
            datumMelding={m.datumMelding}
            vandaag={toIsoDate(todayInAmsterdam())}
            besluitMetOpties={opties}
          />
        </Section>
      )}
      {!b && !mag.vastleggen && (
        <Section boxed title="Beoordeling">
          <p>Er is nog geen veiligheidsbeoordeling vastgelegd.</p>
        </Section>
      )}
      {b && mag.wijzigen && (
        <Section boxed title="Beoordeling wijzigen">
          <p className="mb-3 text-slate-700">Zolang de beoordeling niet is vastgesteld, kan zij worden gewijzigd.</p>
          <WijzigBeoordelingForm b={b} datumMelding={m.datumMelding} besluitMetOpties={opties} />
        </Section>
      )}
      {b && mag.vaststellen && (
        <Section boxed title="Vaststellen (vier ogen)">
          <VaststellenForm id={b.id} version={b.version} />
        </Section>
      )}
      {b && mag.terugsturen && (
        <Section boxed title="Terugsturen">
          <TerugsturenForm id={b.id} version={b.version} />
        </Section>
      )}
      {b && !b.definitief && !mag.vaststellen && b.vastgelegdDoorMij && (
        <p className="text-slate-700">
          U heeft deze beoordeling vastgelegd; een gedragswetenschapper of teamleider stelt haar vast.
        </p>
      )}
    </>
  );
}
