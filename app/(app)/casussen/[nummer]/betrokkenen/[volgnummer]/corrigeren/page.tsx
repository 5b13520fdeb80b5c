import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { zNummer } from "@/lib/dienst/schema";
import { zId } from "@/lib/domain/zod-fields";
import { formatNaam } from "@/lib/casus/naam";
import { BSN_ONGEBOREN } from "@/lib/domain/bsn";
import { getBetrokkeneVoorCorrectie, getWijzigingshistorie } from "@/lib/correctie/queries";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { BetrokkeneCorrectieForm } from "@/components/correctie/betrokkene-correctie-form";
import { Wijzigingshistorie } from "@/components/correctie/wijzigingshistorie";
import { formatGeboortedatumInvoer } from "@/lib/betrokkene/geboortedatum-invoer";
import { roleHas } from "@/lib/auth/permissions";
import { GeheimAdresForm } from "@/components/betrokkene/geheim-adres-form";

export default async function BetrokkeneCorrigerenPage({
  params,
}: {
  params: Promise<{ nummer: string; volgnummer: string }>;
}) {
  const user = await requirePage("correctie:write");
  const { nummer, volgnummer } = await params;
  const pvn = zId.safeParse(volgnummer);
  if (!zNummer.safeParse(nummer).success || !pvn.success) notFound();
  const b = await getBetrokkeneVoorCorrectie(user, nummer, pvn.data);
  const historie = b ? await getWijzigingshistorie(user, nummer) : null;
  if (!b || !historie) notFound();
  const naam = formatNaam(b);
  const ongeboren = b.bsn === BSN_ONGEBOREN;
  return (
    <>
      <Kruimelpad casusnummer={nummer} huidige={`${naam} corrigeren`} />
      <PageTitle title={`Betrokkene corrigeren: ${naam}`} intro={`Casus ${nummer}, persoon ${b.persoonsvolgnummer}.`} />
      <BetrokkeneCorrectieForm
        values={{
          casusnummer: nummer,
          id: b.id,
          version: b.version,
          reden: "",
          betrokkenen: [
            {
              modus: "nieuw",
              bekendId: "",
              rol: b.rol,
              ongeboren,
              bsn: ongeboren ? "" : (b.bsn ?? ""),
              geboortedatum: ongeboren ? "" : formatGeboortedatumInvoer(b.geboortedatum),
              geslacht: b.geslacht,
              achternaam: b.achternaam ?? "",
              tussenvoegsel: b.tussenvoegsel ?? "",
              voornamen: b.voornamen ?? "",
              straat: b.straat ?? "",
              huisnummer: b.huisnummer ?? "",
              postcode: b.postcode ?? "",
              woonplaats: b.woonplaats ?? "",
              telefoon: b.telefoon ?? "",
            },
          ],
        }}
      />
      {roleHas(user.role, "geheim-adres:write") && (
        <GeheimAdresForm casusnummer={nummer} id={b.id} geheim={b.geheimAdres} />
      )}
      {b.afgeschermd && (
        <p role="note" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3">
          Het adres en telefoonnummer van deze betrokkene zijn afgeschermd; een correctie laat ze ongewijzigd.
        </p>
      )}
      <Wijzigingshistorie
        id="historie-betrokkene"
        titel="Wijzigingshistorie van deze betrokkene"
        correcties={historie.filter((c) => c.entityType === "betrokkene" && c.entityId === b.id)}
      />
    </>
  );
}
