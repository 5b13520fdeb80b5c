import { requirePage } from "@/lib/auth/guard";
import { PageTitle, EmptyState } from "@/components/page-title";

export default async function Page() {
  await requirePage("mijn-casussen:view");
  return (
    <>
      <PageTitle title="Mijn casussen" intro="De casussen die aan u zijn toegewezen." />
      <EmptyState>Er zijn geen casussen aan u toegewezen.</EmptyState>
    </>
  );
}
