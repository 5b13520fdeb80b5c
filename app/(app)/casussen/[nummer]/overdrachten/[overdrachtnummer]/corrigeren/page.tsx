import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { zNummer } from "@/lib/dienst/schema";
import { toIsoDate } from "@/lib/domain/dates";
import { formatNaam } from "@/lib/casus/naam";
import { getCasusVoorCorrectie, getWijzigingshistorie } from "@/lib/correctie/queries";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { OverdrachtCorrectieForm } from "@/components/correctie/stap-correctie-forms";
import { Wijzigingshistorie } from "@/components/correctie/wijzigingshistorie";

export default async function OverdrachtCorrigerenPage({
  params,
}: {
  params: Promise<{ nummer: string; overdrachtnummer: string }>;
}) {
  const user = await requirePage("correctie:write");
  const { nummer, overdrachtnummer } = await params;
  const c = zNummer.safeParse(nummer).success ? await getCasusVoorCorrectie(user, nummer) : null;
  const o = c?.overdrachten.find((x) => x.nummer === overdrachtnummer);
  const historie = o ? await getWijzigingshistorie(user, nummer) : null;
  if (!c || !o || !historie) notFound();
  return (
    <>
      <Kruimelpad casusnummer={c.nummer} huidige={`Overdracht ${o.nummer} corrigeren`} />
      <PageTitle title={`Overdracht ${o.nummer} corrigeren`} intro={`Casus ${c.nummer}.`} />
      <OverdrachtCorrectieForm
        betrokkenen={c.betrokkenen.map((b) => ({ id: b.id, naam: formatNaam(b) }))}
        values={{
          casusnummer: c.nummer,
          overdrachtId: o.id,
          version: o.version,
          reden: "",
          datum: toIsoDate(o.datum),
          partij: o.partij,
          hulp: o.hulp,
          betrokkeneIds: o.betrokkenen.map((b) => String(b.betrokkeneId)),
          toelichting: o.toelichting ?? "",
        }}
      />
      <Wijzigingshistorie
        id="historie-overdracht"
        titel="Wijzigingshistorie van deze overdracht"
        correcties={historie.filter((h) => h.entityType === "overdracht" && h.entityId === o.id)}
      />
    </>
  );
}
