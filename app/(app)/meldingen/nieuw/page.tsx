import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { roleHas } from "@/lib/auth/permissions";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { getGemeenteLijst } from "@/lib/gemeenten/queries";
import { getAdviesVoorMelding } from "@/lib/advies/queries";
import { PageTitle } from "@/components/page-title";
import { MeldingForm } from "@/components/melding/melding-form";

export default async function NieuweMeldingPage({
  searchParams,
}: {
  searchParams: Promise<{ advies?: string | string[] }>;
}) {
  const user = await requirePage("melding:write");
  const { advies: adviesNummer } = await searchParams;
  const nummer = typeof adviesNummer === "string" && adviesNummer ? adviesNummer : null;
  const advies = nummer && roleHas(user.role, "advies:read") ? await getAdviesVoorMelding(user, nummer) : null;
  const vandaag = todayInAmsterdam();
  const gemeenten = await getGemeenteLijst(vandaag.getUTCFullYear());
  return (
    <>
      <p className="mb-2">
        <Link href="/werkvoorraad">← Werkvoorraad</Link>
      </p>
      <PageTitle
        title="Nieuwe melding"
        intro="Een melding met de persoonsgegevens van de betrokkenen. Zoek elke betrokkene eerst op in de registratie."
      />
      {nummer && !advies && (
        <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3">
          Advies {nummer} is niet gevonden.
        </p>
      )}
      {advies?.alOmgezet ? (
        <p className="rounded border border-amber-700 bg-amber-50 p-3">
          Advies {advies.nummer} is al omgezet naar melding{" "}
          <Link className="underline" href={`/meldingen/${advies.alOmgezet}`}>
            {advies.alOmgezet}
          </Link>
          .
        </p>
      ) : (
        <MeldingForm vandaag={toIsoDate(vandaag)} gemeenten={gemeenten} advies={advies} />
      )}
    </>
  );
}
