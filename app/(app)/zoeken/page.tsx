import { requirePage } from "@/lib/auth/guard";
import { PageTitle } from "@/components/page-title";
import { ZoekForm } from "@/components/zoeken/zoek-form";

export default async function Page() {
  await requirePage("casus:search");
  return (
    <>
      <PageTitle
        title="Zoeken"
        intro="Zoek een casus op casusnummer, meldingnummer, BSN of naam, of een advies op zijn nummer. U ziet alleen casussen waar u toegang toe heeft; elke zoekopdracht wordt vastgelegd."
      />
      <ZoekForm />
    </>
  );
}
