import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { roleHas } from "@/lib/auth/permissions";
import { getMeldingDetail } from "@/lib/melding/queries";
import { PageTitle } from "@/components/page-title";
import { getOpvolging } from "@/lib/opvolging/queries";
import { OpvolgingSection } from "@/components/opvolging/opvolging-section";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
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
  const opvolging = await getOpvolging(user, m.nummer);
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
      {(roleHas(user.role, "correctie:write") || roleHas(user.role, "journaal:write")) && !m.ingetrokken && (
        <p className="mb-4 flex flex-wrap gap-4">
          {roleHas(user.role, "journaal:write") && m.casus.open && (
            <Link href={`/casussen/${m.casus.nummer}/journaal/nieuw?bij=melding:${m.id}`}>Journaalregel toevoegen</Link>
          )}
          {roleHas(user.role, "correctie:write") && (
            <Link href={`/meldingen/${m.nummer}/corrigeren`}>Melding corrigeren</Link>
          )}
        </p>
      )}
      {m.ingetrokken && (
        <p role="status" className="mb-4 rounded border border-slate-400 bg-slate-50 p-3">
          Deze melding is ingetrokken op {m.ingetrokken.op.slice(0, 10).split("-").reverse().join("-")}:{" "}
          {m.ingetrokken.reden}. Zij wordt niet aan CBS geleverd.
        </p>
      )}
      <MeldingGegevens m={m} />
      <BeoordelingSamenvatting m={m} magVastleggen={roleHas(user.role, "beoordeling:write")} />
      {opvolging && <OpvolgingSection o={opvolging} vandaag={toIsoDate(todayInAmsterdam())} />}
      <MelderGegevens m={m} />
      <BetrokkenenTabel m={m} />
    </>
  );
}
