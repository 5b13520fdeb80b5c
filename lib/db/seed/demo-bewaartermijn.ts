// A dossier closed in 2006: its bewaartermijn of 20 years has passed, so the privacy officer's Bewaartermijnen page
// has one dossier to decide on (destroy, or keep longer with a motivation).
import type { Makers } from "./demo-caseload";

export async function seedDemoOudDossier(make: Makers) {
  const c = await make.casus(
    "2005-09-12",
    "0599",
    [
      {
        rol: "SLACHTOFFER",
        bsn: "518190936",
        geboortedatum: "19700304",
        geslacht: "2",
        voornamen: "Wilma",
        achternaam: "Verhoef",
      },
    ],
    { einddatum: "2006-03-31" },
  );
  const m = await make.melding(c.c.id, [c.betrokkenen[0].id], "2005-09-12", {
    functieRol: "33",
    organisatie: "15",
    aard: ["03"],
  });
  await make.beoordeling(m.id, c.c.id, "2005-09-14", "02", "03");
}
