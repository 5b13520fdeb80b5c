import { requirePage } from "@/lib/auth/guard";
import { PageTitle, EmptyState } from "@/components/page-title";

export default async function Page() {
  await requirePage("casus:search");
  return (
    <>
      <PageTitle title="Zoeken" intro="Zoek op casusnummer, meldingnummer, BSN of naam." />
      <EmptyState>Nog niet gezocht.</EmptyState>
    </>
  );
}
