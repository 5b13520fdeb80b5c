import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { getTeamOverzicht } from "@/lib/team/queries";
import { PageTitle } from "@/components/page-title";
import { TeamCasemanagers } from "@/components/casus/team-casemanagers";
import { TeamTriage } from "@/components/casus/team-triage";
import { Section } from "@/components/ui/section";

export default async function TeamPage() {
  const user = await requirePage("team:view");
  const t = await getTeamOverzicht(user);
  const openCasussen = t.fasen.reduce((n, f) => n + f.aantal, 0);
  return (
    <>
      <PageTitle
        title="Team"
        intro="Overzicht van het werk van het team: casussen die een casemanager nodig hebben, aantallen per casemanager, per fase en per medewerker voordeur. Elk aantal opent de lijst erachter."
      />
      <nav aria-label="Op deze pagina" className="mb-6">
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href="#toewijzen-titel">Wacht op casemanager ({t.teToewijzen})</a>
          </li>
          <li>
            <a href="#fasen-titel">Open casussen per fase ({openCasussen})</a>
          </li>
          <li>
            <a href="#casemanagers-titel">Per casemanager</a>
          </li>
          <li>
            <a href="#triage-titel">Meldingen zonder definitieve beoordeling ({t.meldingenOpen})</a>
          </li>
          <li>
            <Link href="/termijnen">Termijnen</Link>
          </li>
        </ul>
      </nav>
      <Section id="toewijzen" title="Wacht op een casemanager" count={t.teToewijzen}>
        <ul className="list-disc pl-6">
          <li>
            <Link href="/team/casussen?toewijzen=wacht">
              {t.teToewijzen} {t.teToewijzen === 1 ? "casus" : "casussen"} met een definitieve beoordeling
              &lsquo;Vervolgstappen beleggen bij Veilig Thuis&rsquo; en nog geen casemanager
            </Link>
          </li>
          <li>
            <Link href="/team/casussen?toewijzen=alvast">
              {t.alvastToewijzen === 1
                ? "1 casus die alvast kan worden toegewezen"
                : `${t.alvastToewijzen} casussen die alvast kunnen worden toegewezen`}{" "}
              (de beoordeling wacht nog op vaststelling)
            </Link>
          </li>
          <li>
            <Link href="/af-te-sluiten">
              {t.afTeSluiten === 1 ? "1 casus" : `${t.afTeSluiten} casussen`} zonder vervolgstappen door Veilig Thuis
              die nog gesloten moeten worden (Af te sluiten)
            </Link>
          </li>
        </ul>
      </Section>
      <Section id="fasen" title="Open casussen per fase" count={openCasussen}>
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Aantal open casussen per fase</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2">
                Fase
              </th>
              <th scope="col" className="p-2">
                Open casussen
              </th>
            </tr>
          </thead>
          <tbody>
            {t.fasen.map((f) => (
              <tr key={f.fase} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-medium">
                  <Link href={`/team/casussen?fase=${f.fase}`}>{f.label}</Link>
                </th>
                <td className="p-2 tabular-nums">{f.aantal}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="casemanagers" title="Casussen per casemanager">
        <TeamCasemanagers tellingen={t.casemanagers} />
      </Section>
      <Section id="triage" title="Meldingen die wachten op een veiligheidsbeoordeling" count={t.meldingenOpen}>
        <p className="mb-3 text-slate-700">
          {t.meldingenVerstreken > 0 ? (
            <Link href="/team/meldingen?termijn=verstreken">
              Bij {t.meldingenVerstreken} {t.meldingenVerstreken === 1 ? "melding" : "meldingen"} is de termijn
              verstreken.
            </Link>
          ) : (
            "Geen termijnen verstreken."
          )}
        </p>
        <TeamTriage tellingen={t.triage} />
      </Section>
    </>
  );
}
