import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { readTogether } from "@/lib/auth/audited-read";
import { getCasusOverview } from "@/lib/casus/queries";
import { CasusHeader } from "@/components/casus/casus-header";
import { CasusActies } from "@/components/casus/casus-acties";
import { BetrokkenenSection } from "@/components/casus/betrokkenen-section";
import { MeldingenSection } from "@/components/casus/meldingen-section";
import { DienstenSection } from "@/components/casus/diensten-section";
import { OverdrachtenSection } from "@/components/casus/overdrachten-section";
import { MonitoringSection } from "@/components/casus/monitoring-section";
import { TijdlijnSection } from "@/components/casus/tijdlijn-section";
import { JournaalSection } from "@/components/journaal/journaal-section";
import { getJournaal, parseJournaalFilter } from "@/lib/journaal/queries";
import { DocumentenSection } from "@/components/document/documenten-section";
import { roleHas } from "@/lib/auth/permissions";
import { Wijzigingshistorie } from "@/components/correctie/wijzigingshistorie";
import { CasusHeropenenForm } from "@/components/correctie/reden-forms";
import { Disclosure } from "@/components/casus/disclosure";
import { Section } from "@/components/ui/section";
import { getDossierDelen } from "@/lib/casus/dossier-delen";

export default async function CasusPage({
  params,
  searchParams,
}: {
  params: Promise<{ nummer: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePage("casus:read");
  const { nummer } = await params;
  const filter = parseJournaalFilter(await searchParams);
  // The dossier's parts are read in one transaction, each audited as its own read.
  const { c, journaal, delen } = await readTogether(async () => {
    const c = await getCasusOverview(user, nummer);
    if (!c) return { c };
    return { c, journaal: await getJournaal(user, c.nummer, filter), delen: await getDossierDelen(user, c.nummer) };
  });
  if (!c || !journaal || !delen) notFound();
  const { documenten, correcties, verklaringen } = delen;
  return (
    <>
      <CasusHeader c={c} />
      {c.afgeschermd && (
        <p role="note" className="mb-4 rounded border border-red-300 bg-red-50 p-3">
          <strong>Afgeschermd dossier.</strong> Alleen de medewerkers op de lijst mogen dit dossier lezen; elke inzage
          wordt gecontroleerd door de privacy officer.
        </p>
      )}
      {journaal.magCorrigeren && (
        <p className="mb-4">
          <Link href={`/casussen/${c.nummer}/gemeente/corrigeren`}>Gemeente corrigeren</Link>
        </p>
      )}
      <CasusActies c={c} />
      <BetrokkenenSection
        betrokkenen={c.betrokkenen}
        casusnummer={c.nummer}
        magCorrigeren={journaal.magCorrigeren}
        magToevoegen={journaal.magCorrigeren && c.einddatum === null}
      />
      <JournaalSection
        casusnummer={c.nummer}
        regels={journaal.regels}
        totaal={journaal.totaal}
        magSchrijven={journaal.magSchrijven}
        filter={filter}
        betrokkenen={c.betrokkenen.map((b) => ({ id: b.id, naam: b.naam }))}
      />
      <DocumentenSection
        casusnummer={c.nummer}
        documenten={documenten}
        magToevoegen={journaal.magSchrijven && roleHas(user.role, "document:write")}
        magIntrekken={roleHas(user.role, "document:withdraw")}
      />
      <MeldingenSection
        meldingen={c.meldingen}
        casusnummer={c.nummer}
        magIntrekken={roleHas(user.role, "melding:withdraw")}
        magCorrigeren={journaal.magCorrigeren}
        magCorrigerenNaVaststelling={c.einddatum === null && roleHas(user.role, "correctie:na-vaststelling")}
      />
      {c.einddatum !== null && roleHas(user.role, "casus:reopen") && (
        <Section id="heropenen" title="Casus heropenen">
          <Disclosure summary="Deze casus is per vergissing gesloten">
            <CasusHeropenenForm casusnummer={c.nummer} version={c.version} />
          </Disclosure>
        </Section>
      )}
      <DienstenSection
        diensten={c.diensten}
        magCorrigeren={c.einddatum === null && roleHas(user.role, "correctie:na-vaststelling")}
      />
      <OverdrachtenSection
        overdrachten={c.overdrachten}
        corrigeerBasis={journaal.magCorrigeren ? `/casussen/${c.nummer}` : undefined}
      />
      <MonitoringSection
        monitoring={c.monitoring}
        basis={`/casussen/${c.nummer}`}
        gesloten={c.einddatum !== null}
        corrigeerBasis={journaal.magCorrigeren ? `/casussen/${c.nummer}` : undefined}
      />
      <Wijzigingshistorie correcties={correcties} />
      {verklaringen.length > 0 && (
        <Section id="eigen-verklaringen" title="Eigen verklaringen van betrokkenen">
          <ul className="space-y-2">
            {verklaringen.map((v) => (
              <li key={v.id} className="rounded border border-slate-300 bg-white p-3">
                <p className="text-sm font-medium">
                  {v.persoon}
                  {v.op ? `, na een afgewezen verzoek om correctie (${v.op})` : ""}
                </p>
                <p className="whitespace-pre-wrap">{v.tekst}</p>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {roleHas(user.role, "afscherming:manage") && (
        <Section id="afscherming" title="Afscherming">
          <p>
            <Link href={`/casussen/${c.nummer}/afscherming`}>
              {c.afgeschermd ? "Wie dit afgeschermde dossier mag lezen" : "Dossier afschermen"}
            </Link>
          </p>
        </Section>
      )}
      <TijdlijnSection items={c.tijdlijn} />
    </>
  );
}
