import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { zNummer } from "@/lib/dienst/schema";
import { getDossierFormContext } from "@/lib/journaal/queries";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { JournaalForm } from "@/components/journaal/journaal-form";

export default async function JournaalNieuwPage({
  params,
  searchParams,
}: {
  params: Promise<{ nummer: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePage("journaal:write");
  const { nummer } = await params;
  const sp = await searchParams;
  const ctx = zNummer.safeParse(nummer).success ? await getDossierFormContext(user, nummer) : null;
  if (!ctx) notFound();
  const gekozen = typeof sp.bij === "string" && ctx.koppelingen.some((k) => k.value === sp.bij) ? sp.bij : "";
  return (
    <>
      <Kruimelpad casusnummer={ctx.nummer} huidige="Journaalregel toevoegen" />
      <PageTitle title="Journaalregel toevoegen" intro={`Casus ${ctx.nummer}.`} />
      <JournaalForm
        casusnummer={ctx.nummer}
        betrokkenen={ctx.betrokkenen}
        koppelingen={ctx.koppelingen}
        values={{
          casusnummer: ctx.nummer,
          datumTijd: "", // the form fills in the browser's now
          soort: "",
          metWieBetrokkenen: [],
          metWie: "",
          verslag: "",
          hoortBij: gekozen,
          belangrijk: false,
          vastleggen: false,
        }}
      />
    </>
  );
}
