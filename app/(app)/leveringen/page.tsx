import { requirePage } from "@/lib/auth/guard";
import { PageTitle, EmptyState } from "@/components/page-title";

export default async function Page() {
  await requirePage("levering:view");
  return (
    <>
      <PageTitle title="Levering CBS" intro="De halfjaarlijkse levering aan CBS." />
      <EmptyState>Er zijn nog geen leveringen.</EmptyState>
    </>
  );
}
