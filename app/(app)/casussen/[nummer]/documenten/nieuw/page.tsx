import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { zNummer } from "@/lib/dienst/schema";
import { getDossierFormContext } from "@/lib/journaal/queries";
import { todayInAmsterdam, toIsoDate } from "@/lib/domain/dates";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { DocumentForm } from "@/components/document/document-form";

export default async function DocumentNieuwPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("document:write");
  const { nummer } = await params;
  const ctx = zNummer.safeParse(nummer).success ? await getDossierFormContext(user, nummer) : null;
  if (!ctx) notFound();
  return (
    <>
      <Kruimelpad casusnummer={ctx.nummer} huidige="Document toevoegen" />
      <PageTitle title="Document toevoegen" intro={`Casus ${ctx.nummer}.`} />
      <DocumentForm
        casusnummer={ctx.nummer}
        vandaag={toIsoDate(todayInAmsterdam())}
        koppelingen={[
          ...ctx.koppelingen,
          ...ctx.betrokkenen.map((b) => ({ value: `betrokkene:${b.id}`, label: b.naam })),
        ]}
      />
    </>
  );
}
