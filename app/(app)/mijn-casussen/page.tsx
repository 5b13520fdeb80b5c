import { requirePage } from "@/lib/auth/guard";
import { MijnConcepten } from "@/components/journaal/mijn-concepten";
import { listMijnCasussen } from "@/lib/monitoring/mijn-casussen";
import { PageTitle, EmptyState } from "@/components/page-title";
import { MijnCasussenTable } from "@/components/monitoring/mijn-casussen-table";

export default async function MijnCasussenPage() {
  const user = await requirePage("mijn-casussen:view");
  const casussen = await listMijnCasussen(user);
  const verlopen = casussen.filter((c) => c.termijn?.verstreken).length;
  return (
    <>
      <PageTitle
        title="Mijn casussen"
        intro="De open casussen die aan u zijn toegewezen, de meest dringende termijn eerst. Gesloten casussen vindt u via Zoeken."
      />
      <MijnConcepten user={user} />
      {casussen.length === 0 ? (
        <EmptyState>Er zijn geen open casussen aan u toegewezen.</EmptyState>
      ) : (
        <>
          <p className="mb-3">
            {casussen.length} {casussen.length === 1 ? "casus" : "casussen"}
            {verlopen > 0 && (
              <span className="font-semibold text-red-800">, waarvan {verlopen} met een verlopen termijn</span>
            )}
            .
          </p>
          <MijnCasussenTable casussen={casussen} />
        </>
      )}
    </>
  );
}
