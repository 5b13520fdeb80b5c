import { requirePage } from "@/lib/auth/guard";
import { PageTitle, EmptyState } from "@/components/page-title";

export default async function Page() {
  await requirePage("beoordelingen:view");
  return (
    <>
      <PageTitle title="Te bevestigen" intro="Veiligheidsbeoordelingen en afsluitingen van diensten die wachten op uw bevestiging (vier ogen)." />
      <EmptyState>Er wacht niets op uw bevestiging.</EmptyState>
    </>
  );
}
