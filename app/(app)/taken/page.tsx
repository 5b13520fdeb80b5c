import { requirePage } from "@/lib/auth/guard";
import { getMijnTaken, getTaakOntvangers } from "@/lib/taak/queries";
import { toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { PageTitle } from "@/components/page-title";
import { Section } from "@/components/ui/section";
import { TaakForm } from "@/components/taak/taak-form";
import { TakenLijst } from "@/components/taak/taken-lijst";

export default async function TakenPage() {
  const user = await requirePage("taak:write");
  const { voorMij, doorMij } = await getMijnTaken(user);
  const ontvangers = await getTaakOntvangers(user);
  return (
    <>
      <PageTitle title="Taken" intro="Uw open taken, de vroegste eerst. Verlopen taken zijn gemarkeerd." />
      <Section id="voor-mij" title="Voor mij" count={voorMij.length} boxed>
        <TakenLijst taken={voorMij} label="Taken voor mij" />
      </Section>
      {doorMij.length > 0 && (
        <Section id="door-mij" title="Door mij gegeven aan anderen" count={doorMij.length} boxed>
          <TakenLijst taken={doorMij} label="Taken die ik gaf" />
        </Section>
      )}
      <Section id="nieuw" title="Nieuwe taak" boxed>
        <TaakForm vandaag={toIsoDate(todayInAmsterdam())} ontvangers={ontvangers} />
      </Section>
    </>
  );
}
