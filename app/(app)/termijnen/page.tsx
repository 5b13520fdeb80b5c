import { requirePage } from "@/lib/auth/guard";
import { PageTitle, EmptyState } from "@/components/page-title";

export default async function Page() {
  await requirePage("termijnen:view");
  return (
    <>
      <PageTitle title="Termijnen" intro="Veiligheidsbeoordelingen binnen 5 werkdagen en onderzoeken binnen 10 weken." />
      <EmptyState>Er zijn nog geen gegevens.</EmptyState>
    </>
  );
}
