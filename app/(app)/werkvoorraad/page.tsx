import { requirePage } from "@/lib/auth/guard";
import { PageTitle, EmptyState } from "@/components/page-title";

export default async function Page() {
  await requirePage("werkvoorraad:view");
  return (
    <>
      <PageTitle title="Werkvoorraad" intro="Meldingen die wachten op een veiligheidsbeoordeling en uw open adviezen." />
      <EmptyState>Er staat niets in de werkvoorraad.</EmptyState>
    </>
  );
}
