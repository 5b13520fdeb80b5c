import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { getDienstView } from "@/lib/dienst/queries";
import { zNummer } from "@/lib/dienst/schema";
import { UITKOMST_VORMEN } from "@/lib/domain/codes";
import { PageTitle } from "@/components/page-title";
import { DienstAfsluitingForm } from "@/components/dienst/dienst-afsluiting-form";
import { opgeslagenAfsluiting, type AfsluitingDefaults } from "@/lib/dienst/afsluiting-waarden";
import { datumNl } from "@/components/format-datum";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { TermijnTekst } from "@/components/ui/termijn";
import { Notice } from "@/components/ui/tone";

type Params = { params: Promise<{ nummer: string; dienstnummer: string }> };

export default async function DienstAfsluitenPage({ params }: Params) {
  const user = await requirePage("dienst:write");
  const { nummer, dienstnummer } = await params;
  const ok = zNummer.safeParse(nummer).success && zNummer.safeParse(dienstnummer).success;
  const dienst = ok ? await getDienstView(user, nummer, dienstnummer) : null;
  if (!dienst) notFound();
  const bewerken = dienst.status === "AFSLUITING_VOORGESTELD";
  const defaults: AfsluitingDefaults = bewerken
    ? opgeslagenAfsluiting(dienst)
    : {
        einddatum: "",
        aardConclusie: [],
        aanvullendeInformatie: [],
        duur: "",
        uitkomst: UITKOMST_VORMEN.map(() => "0"),
        voortijdig: false,
        redenVoortijdig: "",
        toelichting: dienst.toelichting,
      };
  const titel = `${dienst.soortLabel} ${dienst.nummer} afsluiten`;
  const dienstHref = `/casussen/${dienst.casusnummer}/diensten/${dienst.nummer}`;
  return (
    <>
      <Kruimelpad casusnummer={dienst.casusnummer} huidige={titel} />
      <PageTitle
        title={titel}
        intro={`Stap 1 van 2: u stelt de afsluiting voor; een gedragswetenschapper of teamleider bevestigt haar. Gestart op ${datumNl(dienst.startdatum)}.`}
      />
      {dienst.termijn && !["op-tijd", "te-laat"].includes(dienst.termijn.status) && (
        <p className="mb-4">
          Termijn onderzoek: <TermijnTekst termijn={dienst.termijn} />
        </p>
      )}
      {dienst.casusGesloten || dienst.status === "AFGESLOTEN" ? (
        <Notice tone="warn" title="Deze dienst kan niet meer worden gewijzigd">
          {dienst.casusGesloten ? "De casus is gesloten." : "De dienst is afgesloten."}{" "}
          <Link href={dienstHref} className="underline">
            Terug naar de dienst
          </Link>
        </Notice>
      ) : (
        <>
          {bewerken && (
            <Notice title="Er ligt al een voorstel">
              {dienst.voorgesteldDoor} heeft de afsluiting voorgesteld. Wijzigingen gaan over dat voorstel heen; het
              wacht daarna opnieuw op bevestiging.
            </Notice>
          )}
          <DienstAfsluitingForm
            casusnummer={dienst.casusnummer}
            dienstId={dienst.id}
            dienstnummer={dienst.nummer}
            version={dienst.version}
            soort={dienst.soort}
            defaults={defaults}
            bewerken={bewerken}
          />
        </>
      )}
    </>
  );
}
