import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { zNummer } from "@/lib/dienst/schema";
import { getDossierFormContext } from "@/lib/journaal/queries";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice } from "@/components/ui/tone";
import { BetrokkeneToevoegenForm } from "@/components/correctie/betrokkene-toevoegen-form";

export default async function BetrokkeneToevoegenPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("correctie:write");
  const { nummer } = await params;
  const ctx = zNummer.safeParse(nummer).success ? await getDossierFormContext(user, nummer) : null;
  if (!ctx) notFound();
  return (
    <>
      <Kruimelpad casusnummer={ctx.nummer} huidige="Betrokkene toevoegen" />
      <PageTitle
        title="Betrokkene toevoegen"
        intro={`Casus ${ctx.nummer}. Zoek eerst of de persoon al bekend is bij Veilig Thuis.`}
      />
      {ctx.gesloten ? (
        <Notice tone="warn" title="De casus is gesloten">
          Aan een gesloten casus kan geen betrokkene meer worden toegevoegd.
        </Notice>
      ) : (
        <BetrokkeneToevoegenForm casusnummer={ctx.nummer} />
      )}
    </>
  );
}
