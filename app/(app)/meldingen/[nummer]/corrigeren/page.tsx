import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { toIsoDate } from "@/lib/domain/dates";
import { toAmsterdamInput } from "@/lib/domain/datum-tijd";
import { getMeldingVoorCorrectie, getWijzigingshistorie } from "@/lib/correctie/queries";
import { MELDER_AFGESCHERMD } from "@/lib/correctie/melding-labels";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice } from "@/components/ui/tone";
import { MeldingCorrectieForm } from "@/components/correctie/melding-correctie-form";
import { Wijzigingshistorie } from "@/components/correctie/wijzigingshistorie";

export default async function MeldingCorrigerenPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("correctie:write");
  const { nummer } = await params;
  const m = /^M[0-9]{4}-[0-9]{1,15}$/.test(nummer) ? await getMeldingVoorCorrectie(user, nummer) : null;
  const historie = m ? await getWijzigingshistorie(user, m.casus.nummer) : null;
  if (!m || !historie) notFound();
  return (
    <>
      <Kruimelpad casusnummer={m.casus.nummer} huidige={`Melding ${m.nummer} corrigeren`} />
      <PageTitle title={`Melding ${m.nummer} corrigeren`} intro={`Casus ${m.casus.nummer}.`} />
      {m.ingetrokkenOp ? (
        <Notice tone="warn" title="Deze melding is ingetrokken">
          Een ingetrokken melding wordt niet meer gecorrigeerd.
        </Notice>
      ) : m.afgeschermd ? (
        <Notice tone="warn" title="Melder afgeschermd">
          {MELDER_AFGESCHERMD}
        </Notice>
      ) : (
        <MeldingCorrectieForm
          casusnummer={m.casus.nummer}
          values={{
            meldingnummer: m.nummer,
            version: m.version,
            reden: "",
            datumMelding: toIsoDate(m.datumMelding),
            functieRol: m.functieRol,
            organisatie: m.organisatie,
            melderOrganisatieNaam: m.melderOrganisatieNaam ?? "",
            melderNaam: m.melderNaam ?? "",
            melderContact: m.melderContact ?? "",
            anoniem: m.anoniem ? "J" : "N",
            aard: m.aard,
            aanvullendeInformatie: m.aanvullendeInformatie,
            duur: m.duur,
            toelichting: m.toelichting ?? "",
            acuut: m.acuut ? "J" : "N",
            acuutReden: m.acuutReden ?? "",
            vormenGeweld: m.vormenGeweld,
            politieRegistratienummer: m.politieRegistratienummer ?? "",
            politieIncidentOp: m.politieIncidentOp ? toAmsterdamInput(m.politieIncidentOp) : "",
            tijdelijkHuisverbod: m.tijdelijkHuisverbod === null ? "" : m.tijdelijkHuisverbod ? "J" : "N",
          }}
        />
      )}
      <Wijzigingshistorie
        id="historie-melding"
        titel="Wijzigingshistorie van deze melding"
        correcties={historie.filter((c) => c.entityType === "melding" && c.entityId === m.id)}
      />
    </>
  );
}
