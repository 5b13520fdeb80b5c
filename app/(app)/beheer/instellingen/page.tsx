import { requirePage } from "@/lib/auth/guard";
import { getInstellingen } from "@/lib/beheer/queries";
import { PageTitle } from "@/components/page-title";
import { InstellingenForm } from "@/components/beheer/instellingen-form";

export default async function Instellingen() {
  const user = await requirePage("instellingen:manage");
  const o = await getInstellingen(user);
  return (
    <>
      <PageTitle
        title="Instellingen"
        intro="Gegevens van de organisatie voor de levering aan CBS en het monitoringsinterval."
      />
      <InstellingenForm
        values={{
          naam: o?.naam ?? "",
          vtRegioCode: o?.vtRegioCode ?? "",
          kvkNummer: o?.kvkNummer ?? "",
          monitoringIntervalDagen: o?.monitoringIntervalDagen ?? 42,
          terugkoppelingWerkdagen: o?.terugkoppelingWerkdagen ?? 5,
          controleDossiersPerDag: o?.controleDossiersPerDag ?? 30,
          bewaartermijnJaren: o?.bewaartermijnJaren ?? 20,
          leveringBewaarJaren: o?.leveringBewaarJaren ?? 5,
          beheerderLogInzage: o?.beheerderLogInzage ? "ja" : "nee",
        }}
      />
    </>
  );
}
