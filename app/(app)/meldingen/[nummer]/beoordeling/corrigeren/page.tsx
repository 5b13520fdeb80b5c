import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { toIsoDate } from "@/lib/domain/dates";
import { getBeoordelingVoorCorrectie } from "@/lib/correctie/queries";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice } from "@/components/ui/tone";
import { BeoordelingCorrectieForm } from "@/components/correctie/beoordeling-correctie-form";

export default async function BeoordelingCorrigerenPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("correctie:na-vaststelling");
  const { nummer: meldingnummer } = await params;
  const b = /^M[0-9]{4}-[0-9]{1,15}$/.test(meldingnummer)
    ? await getBeoordelingVoorCorrectie(user, meldingnummer)
    : null;
  if (!b) notFound();
  const nummer = b.casus.nummer;
  return (
    <>
      <Kruimelpad casusnummer={nummer} huidige={`Beoordeling ${b.nummer} corrigeren`} />
      <PageTitle
        title={`Veiligheidsbeoordeling ${b.nummer} corrigeren`}
        intro={`Van melding ${b.melding.nummer}. Na de correctie stelt een gedragswetenschapper of een andere teamleider haar opnieuw vast.`}
      />
      {b.casus.einddatum ? (
        <Notice tone="warn" title="De casus is gesloten">
          Heropen eerst de casus; daarna kan de beoordeling worden gecorrigeerd.
        </Notice>
      ) : !b.vastgesteldOp ? (
        <Notice tone="warn" title="Nog niet vastgesteld">
          Deze beoordeling is nog niet vastgesteld: wie haar vastlegde kan haar nog aanpassen.
        </Notice>
      ) : (
        <BeoordelingCorrectieForm
          values={{
            casusnummer: nummer,
            beoordelingId: b.id,
            version: b.version,
            reden: "",
            datum: toIsoDate(b.datum),
            taxatie: b.taxatie,
            inhoud: b.inhoud,
            toelichting: b.toelichting ?? "",
          }}
        />
      )}
    </>
  );
}
