import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { roleHas } from "@/lib/auth/permissions";
import { getMeldingDetail } from "@/lib/melding/queries";
import { PageTitle } from "@/components/page-title";
import {
  BeoordelingSamenvatting,
  BetrokkenenTabel,
  MelderGegevens,
  MeldingGegevens,
} from "@/components/melding/melding-details";

export default async function MeldingPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("melding:read");
  const { nummer } = await params;
  const m = await getMeldingDetail(user, decodeURIComponent(nummer));
  if (!m) notFound();
  return (
    <>
      {roleHas(user.role, "werkvoorraad:view") && (
        <p className="mb-2">
          <Link href="/werkvoorraad">← Werkvoorraad</Link>
        </p>
      )}
      <PageTitle
        title={`Melding ${m.nummer}`}
        intro={`${m.eersteVanCasus ? "Melding" : "Vervolgmelding"} in casus ${m.casus.nummer}`}
      />
      <MeldingGegevens m={m} />
      <BeoordelingSamenvatting m={m} magVastleggen={roleHas(user.role, "beoordeling:write")} />
      <MelderGegevens m={m} />
      <BetrokkenenTabel m={m} />
    </>
  );
}
