import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { getAdviesVoorCorrectie } from "@/lib/correctie/queries";
import { getGemeenteLijst } from "@/lib/gemeenten/queries";
import { PageTitle } from "@/components/page-title";
import { AdviesForm } from "@/components/advies/advies-form";
import { Wijzigingshistorie } from "@/components/correctie/wijzigingshistorie";

export default async function AdviesCorrigerenPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("advies:correct");
  const { nummer } = await params;
  const r = /^A[0-9]{4}-[0-9]{1,15}$/.test(nummer) ? await getAdviesVoorCorrectie(user, nummer) : null;
  if (!r) notFound();
  const a = r.advies;
  const gemeenten = await getGemeenteLijst(a.startdatum.getUTCFullYear());
  return (
    <>
      <p className="mb-2">
        <Link href={`/adviezen/${a.nummer}`}>← Advies {a.nummer}</Link>
      </p>
      <PageTitle
        title={`Advies ${a.nummer} corrigeren`}
        intro="Alle gegevens van het advies, met de reden van de correctie."
      />
      <AdviesForm
        vandaag={toIsoDate(todayInAmsterdam())}
        gemeenten={gemeenten}
        correctie={{
          adviesNummer: a.nummer,
          version: a.version,
          reden: "",
          startdatum: toIsoDate(a.startdatum),
          einddatum: a.einddatum ? toIsoDate(a.einddatum) : "",
          gemeentecode: a.gemeentecode ?? "0000",
          aard: a.aard,
          aanvullendeInformatie: a.aanvullendeInformatie,
          duur: a.duur,
          functieRol: a.functieRol,
          organisatie: a.organisatie,
          adviesvraag: a.adviesvraag ?? "",
          adviesvragerNaam: a.adviesvragerNaam ?? "",
          adviesvragerTelefoon: a.adviesvragerTelefoon ?? "",
          toestemmingContact: a.toestemmingContact,
        }}
      />
      <Wijzigingshistorie correcties={r.historie} titel="Wijzigingshistorie van dit advies" />
    </>
  );
}
