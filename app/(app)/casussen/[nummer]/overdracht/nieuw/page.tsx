import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { roleHas } from "@/lib/auth/permissions";
import { getOverdrachtFormView } from "@/lib/overdracht/queries";
import { zNummer } from "@/lib/dienst/schema";
import { PageTitle } from "@/components/page-title";
import { OverdrachtForm } from "@/components/overdracht/overdracht-form";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice, Redenen } from "@/components/ui/tone";

export default async function OverdrachtNieuwPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("overdracht:write");
  const { nummer } = await params;
  const view = zNummer.safeParse(nummer).success ? await getOverdrachtFormView(user, nummer) : null;
  if (!view) notFound();
  // The case manager continues with monitoring; others go back to the casus.
  const naSucces = roleHas(user.role, "monitoring:write")
    ? `/casussen/${view.casusnummer}/monitoring`
    : `/casussen/${view.casusnummer}`;
  return (
    <>
      <Kruimelpad casusnummer={view.casusnummer} huidige="Overdracht vastleggen" />
      <PageTitle
        title="Overdracht vastleggen"
        intro={`Casus ${view.casusnummer}. Tot de ontvangende partij het heeft overgenomen, houdt Veilig Thuis zicht op veiligheid.`}
      />
      {view.redenen.length > 0 ? (
        <Notice tone="warn" title="Er kan nu geen overdracht worden vastgelegd">
          <Redenen redenen={view.redenen} />
        </Notice>
      ) : (
        <OverdrachtForm
          casusnummer={view.casusnummer}
          bronnen={view.bronnen}
          betrokkenen={view.betrokkenen}
          vandaag={view.vandaag}
          naSucces={naSucces}
        />
      )}
    </>
  );
}
