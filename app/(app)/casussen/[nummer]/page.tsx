import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { getCasusOverview } from "@/lib/casus/queries";
import { CasusHeader } from "@/components/casus/casus-header";
import { CasusActies } from "@/components/casus/casus-acties";
import { BetrokkenenSection } from "@/components/casus/betrokkenen-section";
import { MeldingenSection } from "@/components/casus/meldingen-section";
import { DienstenSection } from "@/components/casus/diensten-section";
import { OverdrachtenSection } from "@/components/casus/overdrachten-section";
import { MonitoringSection } from "@/components/casus/monitoring-section";
import { TijdlijnSection } from "@/components/casus/tijdlijn-section";

export default async function CasusPage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("casus:read");
  const { nummer } = await params;
  const c = await getCasusOverview(user, nummer);
  if (!c) notFound();
  return (
    <>
      <CasusHeader c={c} />
      <CasusActies c={c} />
      <BetrokkenenSection betrokkenen={c.betrokkenen} />
      <MeldingenSection meldingen={c.meldingen} />
      <DienstenSection diensten={c.diensten} />
      <OverdrachtenSection overdrachten={c.overdrachten} />
      <MonitoringSection monitoring={c.monitoring} gesloten={c.einddatum !== null} />
      <TijdlijnSection items={c.tijdlijn} />
    </>
  );
}
