import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { getDienstView } from "@/lib/dienst/queries";
import { zNummer } from "@/lib/dienst/schema";
import { PageTitle } from "@/components/page-title";
import { DienstAfsluitingForm } from "@/components/dienst/dienst-afsluiting-form";
import { opgeslagenAfsluiting } from "@/lib/dienst/afsluiting-waarden";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice } from "@/components/ui/tone";

type Params = { params: Promise<{ nummer: string; dienstnummer: string }> };

/** The teamleider corrects a dienst whose closing was confirmed; a colleague then confirms it again. */
export default async function DienstCorrigerenPage({ params }: Params) {
  const user = await requirePage("correctie:na-vaststelling");
  const { nummer, dienstnummer } = await params;
  const ok = zNummer.safeParse(nummer).success && zNummer.safeParse(dienstnummer).success;
  const dienst = ok ? await getDienstView(user, nummer, dienstnummer) : null;
  if (!dienst) notFound();
  const titel = `${dienst.soortLabel} ${dienst.nummer} corrigeren`;
  const dienstHref = `/casussen/${dienst.casusnummer}/diensten/${dienst.nummer}`;
  return (
    <>
      <Kruimelpad casusnummer={dienst.casusnummer} huidige={titel} />
      <PageTitle
        title={titel}
        intro="Een correctie van een bevestigde afsluiting. Daarna bevestigt een gedragswetenschapper of een andere teamleider de afsluiting opnieuw (vier ogen)."
      />
      {dienst.casusGesloten || dienst.status !== "AFGESLOTEN" ? (
        <Notice tone="warn" title="Deze dienst kan hier niet worden gecorrigeerd">
          {dienst.casusGesloten
            ? "De casus is gesloten: heropen eerst de casus."
            : "De afsluiting is nog niet bevestigd: het voorstel kan nog worden aangepast."}{" "}
          <Link href={dienstHref} className="underline">
            Terug naar de dienst
          </Link>
        </Notice>
      ) : (
        <DienstAfsluitingForm
          casusnummer={dienst.casusnummer}
          dienstId={dienst.id}
          dienstnummer={dienst.nummer}
          version={dienst.version}
          soort={dienst.soort}
          bewerken
          correctie
          defaults={opgeslagenAfsluiting(dienst)}
        />
      )}
    </>
  );
}
