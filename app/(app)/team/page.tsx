import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { getTeamOverzicht } from "@/lib/team/queries";
import { PageTitle } from "@/components/page-title";
import { AssignStatusProvider } from "@/components/casus/assign-status";
import { CasusWerkTabel } from "@/components/casus/team-toewijzen";
import { TeamCasemanagers } from "@/components/casus/team-casemanagers";
import { TeamTriage } from "@/components/casus/team-triage";
import { Section } from "@/components/ui/section";

export default async function TeamPage() {
  const user = await requirePage("team:view");
  const t = await getTeamOverzicht(user);
  const wachtend = t.triage.reduce((n, g) => n + g.meldingen.length, 0);
  return (
    <>
      <PageTitle
        title="Team"
        intro="Alle werkvoorraden van het team: casussen die een casemanager nodig hebben, casussen per casemanager en meldingen die wachten op een veiligheidsbeoordeling."
      />
      <nav aria-label="Op deze pagina" className="mb-6">
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href="#toewijzen-titel">Wacht op casemanager ({t.teToewijzen.length})</a>
          </li>
          <li>
            <a href="#casemanagers-titel">Per casemanager</a>
          </li>
          <li>
            <a href="#triage-titel">Meldingen zonder definitieve beoordeling ({wachtend})</a>
          </li>
          <li>
            <Link href="/termijnen">Termijnen</Link>
          </li>
        </ul>
      </nav>
      <AssignStatusProvider>
        <Section id="toewijzen" title="Wacht op een casemanager" count={t.teToewijzen.length}>
          <p className="mb-3 text-slate-700">
            Open casussen met een definitieve veiligheidsbeoordeling &lsquo;Vervolgstappen beleggen bij Veilig
            Thuis&rsquo; en nog geen casemanager.
          </p>
          <CasusWerkTabel
            caption="Casussen die op een casemanager wachten"
            casussen={t.teToewijzen}
            opties={t.casemanagerOpties}
            actie="Toewijzen"
            leeg="Alle casussen met vervolgstappen bij Veilig Thuis hebben een casemanager."
          />
          <h3 className="mb-2 mt-6 text-lg font-semibold">Alvast toewijzen ({t.alvastToewijzen.length})</h3>
          <p className="mb-3 text-slate-700">
            De veiligheidsbeoordeling &lsquo;Vervolgstappen beleggen bij Veilig Thuis&rsquo; wacht nog op vaststelling
            door een tweede collega.
          </p>
          <CasusWerkTabel
            caption="Casussen waarvan de beoordeling nog wacht op vaststelling"
            casussen={t.alvastToewijzen}
            opties={t.casemanagerOpties}
            actie="Toewijzen"
            leeg="Geen casussen die alvast kunnen worden toegewezen."
          />
        </Section>
        <Section id="casemanagers" title="Casussen per casemanager">
          <TeamCasemanagers groepen={t.casemanagers} opties={t.casemanagerOpties} />
        </Section>
        <Section id="triage" title="Meldingen die wachten op een veiligheidsbeoordeling" count={wachtend}>
          <TeamTriage groepen={t.triage} opties={t.triageOpties} />
        </Section>
      </AssignStatusProvider>
    </>
  );
}
