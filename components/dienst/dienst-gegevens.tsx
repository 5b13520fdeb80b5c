// The recorded data of a dienst, as a list of labelled values.
import { labelOf } from "@/lib/domain/codes";
import { describeCodes, describeUitkomst } from "@/lib/dienst/labels";
import type { DienstView } from "@/lib/dienst/queries";
import { datumNl, momentNl } from "@/components/format-datum";
import { Details } from "@/components/ui/details";
import { TermijnTekst } from "@/components/ui/termijn";

export function DienstGegevens({ dienst }: { dienst: DienstView }) {
  const afsluiting = dienst.einddatum !== null;
  return (
    <Details
      boxed
      items={[
        ["Soort dienst", dienst.soortLabel],
        ["Dienstnummer", dienst.nummer],
        ["Status", dienst.statusLabel],
        [
          "Veiligheidsbeoordeling",
          `${datumNl(dienst.beoordeling.datum)} (melding ${dienst.beoordeling.meldingnummer} van ${datumNl(dienst.beoordeling.datumMelding)}; ${dienst.beoordeling.taxatie})`,
        ],
        ["Startdatum", datumNl(dienst.startdatum)],
        dienst.termijn && ["Termijn onderzoek", <TermijnTekst key="t" termijn={dienst.termijn} />],
        dienst.uitvoerder && ["Uitgevoerd door", dienst.uitvoerder],
        afsluiting && ["Einddatum", datumNl(dienst.einddatum)],
        afsluiting && ["Aard (conclusie)", describeCodes("A", dienst.aardConclusie)],
        afsluiting && ["Aanvullende informatie", describeCodes("B", dienst.aanvullendeInformatie)],
        afsluiting && ["Duur", labelOf("C", dienst.duur)],
        afsluiting && dienst.soort === "O" && ["Uitkomst onderzoek", describeUitkomst(dienst.uitkomstOnderzoek)],
        afsluiting &&
          dienst.redenVoortijdig !== "00" && ["Voortijdig afgesloten", labelOf("H2", dienst.redenVoortijdig)],
        dienst.voorgesteldDoor && ["Afsluiting voorgesteld door", dienst.voorgesteldDoor],
        dienst.bevestigdDoor && [
          "Afsluiting bevestigd door",
          `${dienst.bevestigdDoor}, ${momentNl(dienst.bevestigdOp)}`,
        ],
        dienst.toelichting && ["Toelichting", dienst.toelichting],
      ]}
    />
  );
}
