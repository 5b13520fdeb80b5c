import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { getGemeenteLijst } from "@/lib/gemeenten/queries";
import { PageTitle } from "@/components/page-title";
import { AdviesForm } from "@/components/advies/advies-form";

export default async function NieuwAdviesPage() {
  await requirePage("advies:write");
  const vandaag = todayInAmsterdam();
  const gemeenten = await getGemeenteLijst(vandaag.getUTCFullYear());
  return (
    <>
      <p className="mb-2">
        <Link href="/werkvoorraad">← Werkvoorraad</Link>
      </p>
      <PageTitle
        title="Nieuw advies"
        intro="Advies en ondersteuning aan de adviesvrager. Bij een advies legt u geen persoonsgegevens van het gezin vast."
      />
      <AdviesForm vandaag={toIsoDate(vandaag)} gemeenten={gemeenten} />
    </>
  );
}
