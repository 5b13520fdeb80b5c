import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { getDienstView } from "@/lib/dienst/queries";
import { zNummer } from "@/lib/dienst/schema";
import { PageTitle } from "@/components/page-title";
import { DienstBesluitForm } from "@/components/dienst/dienst-besluit-form";
import { DienstGegevens } from "@/components/dienst/dienst-gegevens";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { Notice } from "@/components/ui/tone";

type Params = { params: Promise<{ nummer: string; dienstnummer: string }> };

export default async function DienstBevestigenPage({ params }: Params) {
  const user = await requirePage("dienst:confirm");
  const { nummer, dienstnummer } = await params;
  const ok = zNummer.safeParse(nummer).success && zNummer.safeParse(dienstnummer).success;
  const dienst = ok ? await getDienstView(user, nummer, dienstnummer) : null;
  if (!dienst) notFound();
  const titel = `Afsluiting ${dienst.soortLabel} ${dienst.nummer} bevestigen`;
  const dienstHref = `/casussen/${dienst.casusnummer}/diensten/${dienst.nummer}`;
  let blokkade: string | null = null;
  if (dienst.casusGesloten) blokkade = "De casus is gesloten.";
  else if (dienst.status !== "AFSLUITING_VOORGESTELD")
    blokkade = `Er wacht geen voorstel tot afsluiten op bevestiging (status: ${dienst.statusLabel.toLowerCase()}).`;
  else if (dienst.voorgesteldDoorId === user.id)
    blokkade = "U heeft deze afsluiting zelf voorgesteld; een tweede medewerker moet haar bevestigen (vier ogen).";
  return (
    <>
      <Kruimelpad casusnummer={dienst.casusnummer} huidige={titel} />
      <PageTitle
        title={titel}
        intro="Stap 2 van 2 (vier ogen): controleer het voorstel van de casemanager en bevestig het, of stuur het terug."
      />
      <h2 className="mb-2 text-xl font-semibold">Voorstel</h2>
      <DienstGegevens dienst={dienst} />
      {blokkade ? (
        <Notice tone="warn" title="Bevestigen is niet mogelijk">
          {blokkade}{" "}
          <Link href={dienstHref} className="underline">
            Naar de dienst
          </Link>
        </Notice>
      ) : (
        <section aria-labelledby="besluit-titel">
          <h2 id="besluit-titel" className="mb-2 text-xl font-semibold">
            Uw besluit
          </h2>
          <DienstBesluitForm
            casusnummer={dienst.casusnummer}
            dienstId={dienst.id}
            dienstnummer={dienst.nummer}
            version={dienst.version}
            voorgesteldDoor={dienst.voorgesteldDoor ?? "de casemanager"}
          />
        </section>
      )}
    </>
  );
}
