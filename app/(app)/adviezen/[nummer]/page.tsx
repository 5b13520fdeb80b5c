import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { roleHas } from "@/lib/auth/permissions";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { getAdviesDetail } from "@/lib/advies/queries";
import { PageTitle } from "@/components/page-title";
import { AdviesContacten, AdviesGegevens, AdviesMeldingLink } from "@/components/advies/advies-details";
import { AdviesContactForm } from "@/components/advies/advies-contact-form";
import { AdviesAfsluitenForm } from "@/components/advies/advies-afsluiten-form";
import { Section } from "@/components/ui/section";
import { getAdviesHistorie } from "@/lib/correctie/queries";
import { Wijzigingshistorie } from "@/components/correctie/wijzigingshistorie";

export default async function AdviesPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("advies:read");
  const { nummer } = await params;
  const advies = await getAdviesDetail(user, decodeURIComponent(nummer));
  if (!advies) notFound();
  const magSchrijven = roleHas(user.role, "advies:write");
  const vandaag = toIsoDate(todayInAmsterdam());
  const historie = await getAdviesHistorie(user, advies.nummer);
  return (
    <>
      <p className="mb-2">
        <Link href="/werkvoorraad">← Werkvoorraad</Link>
      </p>
      <PageTitle title={`Advies ${advies.nummer}`} intro={advies.open ? "Open advies" : "Afgesloten advies"} />
      {roleHas(user.role, "advies:correct") && (
        <p className="mb-4">
          <Link href={`/adviezen/${advies.nummer}/corrigeren`}>Advies corrigeren</Link>
        </p>
      )}
      <AdviesGegevens advies={advies} />
      <Section boxed title="Contacten">
        <AdviesContacten advies={advies} />
        {advies.open && magSchrijven && <AdviesContactForm adviesNummer={advies.nummer} vandaag={vandaag} />}
        {!advies.open && (
          <p className="text-slate-700">Het advies is afgesloten; er kunnen geen contacten meer worden toegevoegd.</p>
        )}
      </Section>
      {advies.open && magSchrijven && (
        <Section boxed title="Advies afsluiten">
          <AdviesAfsluitenForm
            adviesNummer={advies.nummer}
            version={advies.version}
            vandaag={vandaag}
            laatsteContact={advies.laatsteContact}
          />
        </Section>
      )}
      <Section boxed title="Melding">
        <AdviesMeldingLink advies={advies} magOmzetten={magSchrijven && roleHas(user.role, "melding:write")} />
      </Section>
      <Wijzigingshistorie correcties={historie} />
    </>
  );
}
