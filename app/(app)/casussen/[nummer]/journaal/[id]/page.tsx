import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { zNummer } from "@/lib/dienst/schema";
import { zId } from "@/lib/domain/zod-fields";
import { getDossierFormContext, getEigenConcept } from "@/lib/journaal/queries";
import { toAmsterdamInput } from "@/lib/domain/datum-tijd";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { JournaalForm } from "@/components/journaal/journaal-form";
import { ConceptVerwijderen } from "@/components/journaal/concept-acties";

export default async function JournaalConceptPage({ params }: { params: Promise<{ nummer: string; id: string }> }) {
  const user = await requirePage("journaal:write");
  const { nummer, id: rawId } = await params;
  const id = zId.safeParse(rawId);
  if (!zNummer.safeParse(nummer).success || !id.success) notFound();
  const concept = await getEigenConcept(user, nummer, id.data);
  const ctx = concept ? await getDossierFormContext(user, nummer) : null;
  if (!concept || !ctx) notFound();
  const r = concept.view;
  return (
    <>
      <Kruimelpad casusnummer={ctx.nummer} huidige="Concept journaalregel" />
      <PageTitle
        title="Concept journaalregel"
        intro={`Casus ${ctx.nummer}. Alleen u ziet dit concept tot u het vastlegt.`}
      />
      <JournaalForm
        casusnummer={ctx.nummer}
        betrokkenen={ctx.betrokkenen}
        koppelingen={ctx.koppelingen}
        values={{
          casusnummer: ctx.nummer,
          id: r.id,
          version: r.version,
          datumTijd: toAmsterdamInput(new Date(r.datumTijd)),
          soort: r.soort,
          metWieBetrokkenen: r.betrokkenen.map((b) => b.id),
          metWie: r.metWie ?? "",
          verslag: r.verslag,
          hoortBij: concept.hoortBij,
          belangrijk: r.belangrijk,
          vastleggen: false,
        }}
      />
      <ConceptVerwijderen casusnummer={ctx.nummer} id={r.id} version={r.version} />
    </>
  );
}
