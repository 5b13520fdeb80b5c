// A small, realistic set of adviezen and casussen in every stage of the protocol, consistent with every rule of
// the delivery spec (codes in their lists, dates in order, four eyes, BSNs passing the elfproef).
import type { PrismaClient } from "@/generated/prisma/client";
import { d, demoMakers, renumberToClockYear, seedDemoAdviezen, type Ids, type Persoon } from "./demo-makers";
import { seedDemoVeiligheidsplan } from "./demo-veiligheidsplan";
import { seedDemoJournaal } from "./demo-journaal";
import { seedDemoInformeren } from "./demo-informeren";
import { seedCaseload } from "./demo-caseload";
import { seedDemoOudDossier } from "./demo-bewaartermijn";

const FAMILIE_A: Persoon[] = [
  {
    rol: "PLEGER",
    bsn: "908301662",
    geboortedatum: "19840312",
    geslacht: "1",
    voornamen: "Kevin",
    achternaam: "Hendriks",
  },
  {
    rol: "SLACHTOFFER",
    bsn: "131860914",
    geboortedatum: "19870601",
    geslacht: "2",
    voornamen: "Sanne",
    achternaam: "Hendriks",
  },
  {
    rol: "KIND",
    bsn: "390996038",
    geboortedatum: "20150900",
    geslacht: "2",
    voornamen: "Lieke",
    achternaam: "Hendriks",
  },
];

export async function seedDemoCases(prisma: PrismaClient, u: Ids) {
  if ((await prisma.casus.count()) > 0 || (await prisma.advies.count()) > 0) return false;
  const { casus, melding, beoordeling } = demoMakers(prisma, u);

  const politie = { functieRol: "33", organisatie: "15", aard: ["03"] };

  // 1. Melding awaiting its veiligheidsbeoordeling (in the triage work list).
  const c1 = await casus(
    "2026-11-19",
    "0599",
    FAMILIE_A.slice(0, 2).map((p, i) => ({ ...p, bsn: ["518190936", "786579754"][i], achternaam: "Pietersen" })),
  );
  await melding(
    c1.c.id,
    c1.betrokkenen.map((b) => b.id),
    "2026-11-19",
    politie,
  );
  // 2. Beoordeling recorded, awaiting the gedragswetenschapper's confirmation (four eyes).
  const c2 = await casus("2026-11-17", "0606", [
    { rol: "KIND", bsn: "432319487", geboortedatum: "20190400", geslacht: "1", voornamen: "Daan", achternaam: "Kok" },
  ]);
  const m2 = await melding(c2.c.id, [c2.betrokkenen[0].id], "2026-11-17", {
    functieRol: "28",
    organisatie: "10",
    aard: ["01"],
    melderNaam: "Juf Anja",
  });
  await beoordeling(m2.id, c2.c.id, "2026-11-20", "01", "02", false);
  // 3. Onderzoek running (case manager).
  const c3 = await casus("2026-09-02", "0599", FAMILIE_A, { casemanager: "casemanager" });
  const m3 = await melding(
    c3.c.id,
    c3.betrokkenen.map((b) => b.id),
    "2026-09-02",
    { ...politie, aard: ["01", "03"] },
  );
  const b3 = await beoordeling(m3.id, c3.c.id, "2026-09-04", "01", "02");
  await prisma.dienst.create({
    data: {
      casusId: c3.c.id,
      beoordelingId: b3.id,
      soort: "O",
      startdatum: d("2026-09-08"),
      uitvoerderId: u.casemanager,
    },
  });
  // 4. V&V closed, overdracht to two betrokkenen, monitoring under way.
  const c4 = await casus(
    "2026-03-10",
    "0622",
    [
      {
        rol: "PLEGER",
        bsn: "757491182",
        geboortedatum: "19790000",
        geslacht: "1",
        voornamen: "Ahmed",
        achternaam: "Bouali",
      },
      {
        rol: "SLACHTOFFER",
        bsn: "625276012",
        geboortedatum: "19820715",
        geslacht: "2",
        voornamen: "Fatima",
        achternaam: "Bouali",
      },
      {
        rol: "KIND",
        bsn: "999999999",
        geboortedatum: "99999999",
        geslacht: "9",
        voornamen: "(ongeboren)",
        achternaam: "Bouali",
      },
    ],
    { casemanager: "casemanager" },
  );
  const m4 = await melding(
    c4.c.id,
    c4.betrokkenen.map((b) => b.id),
    "2026-03-10",
    { functieRol: "21", organisatie: "04", aard: ["03"], anoniem: true, melderNaam: "Huisarts Van Dam" },
  );
  const b4 = await beoordeling(m4.id, c4.c.id, "2026-03-13", "01", "01");
  const v4 = await prisma.dienst.create({
    data: {
      casusId: c4.c.id,
      beoordelingId: b4.id,
      soort: "V",
      status: "AFGESLOTEN",
      startdatum: d("2026-03-16"),
      einddatum: d("2026-05-29"),
      aardConclusie: ["03"],
      aanvullendeInformatie: [],
      duur: "04",
      uitvoerderId: u.casemanager,
      afsluitingVoorgesteldDoorId: u.casemanager,
      afsluitingBevestigdDoorId: u.gedragswetenschapper,
      afsluitingBevestigdOp: new Date("2026-05-29T14:00:00Z"),
    },
  });
  await prisma.overdracht.create({
    data: {
      casusId: c4.c.id,
      moment: 2,
      bronDienstId: v4.id,
      datum: d("2026-06-02"),
      partij: "02",
      hulp: "2",
      createdById: u.casemanager,
      betrokkenen: { create: c4.betrokkenen.slice(0, 2).map((b) => ({ betrokkeneId: b.id })) },
    },
  });
  const momenten4: number[] = [];
  for (const [datum, score] of [
    ["2026-07-14", 6],
    ["2026-09-22", 7],
  ] as const) {
    const t = await prisma.monitoringsmoment.create({
      data: {
        casusId: c4.c.id,
        datum: d(datum),
        veiligheidsscore: score,
        notitie: "Afspraken worden nagekomen.",
        createdById: u.casemanager,
      },
    });
    momenten4.push(t.id);
  }
  await seedDemoJournaal(prisma, {
    casusId: c4.c.id,
    auteurId: u.casemanager,
    betrokkeneIds: c4.betrokkenen.map((b) => b.id),
  });
  await seedDemoVeiligheidsplan(prisma, {
    casusId: c4.c.id,
    createdById: u.casemanager,
    afgesprokenOp: d("2026-05-29"),
    momentIds: momenten4,
  });
  // 5. Overdracht straight after the beoordeling; casus closed in the first half of 2026.
  const c5 = await casus(
    "2026-02-03",
    "0502",
    [
      {
        rol: "SLACHTOFFER",
        bsn: "895559791",
        geboortedatum: "19480203",
        geslacht: "2",
        voornamen: "Johanna",
        achternaam: "de Groot",
      },
    ],
    { einddatum: "2026-02-20" },
  );
  const m5 = await melding(c5.c.id, [c5.betrokkenen[0].id], "2026-02-03", {
    functieRol: "24",
    organisatie: "06",
    aard: ["04"],
  });
  await beoordeling(m5.id, c5.c.id, "2026-02-05", "02", "04");
  await prisma.overdracht.create({
    data: {
      casusId: c5.c.id,
      moment: 1,
      bronMeldingId: m5.id,
      datum: d("2026-02-10"),
      partij: "14",
      hulp: "1",
      createdById: u.triage,
      betrokkenen: { create: [{ betrokkeneId: c5.betrokkenen[0].id }] },
    },
  });
  // 6. No further steps needed; closed.
  const c6 = await casus(
    "2026-04-21",
    "0599",
    [{ rol: "ANDERS", geboortedatum: "19900101", geslacht: "1", voornamen: "Peter", achternaam: "Smits" }],
    { einddatum: "2026-04-24" },
  );
  const m6 = await melding(c6.c.id, [c6.betrokkenen[0].id], "2026-04-21", {
    functieRol: "05",
    organisatie: "98",
    aard: ["05"],
    melderNaam: "Buurvrouw",
  });
  await beoordeling(m6.id, c6.c.id, "2026-04-23", "03", "05");
  // 7. Onderzoek to an outcome, overdracht after it, closed; then a hermelding opened a new casus.
  const gezin7: Persoon[] = [
    {
      rol: "PLEGER",
      bsn: "711471046",
      geboortedatum: "19880909",
      geslacht: "1",
      voornamen: "Dennis",
      achternaam: "Vermeulen",
    },
    {
      rol: "KIND",
      bsn: "974650754",
      geboortedatum: "20170222",
      geslacht: "1",
      voornamen: "Sem",
      achternaam: "Vermeulen",
    },
  ];
  const c7 = await casus("2025-10-06", "0599", gezin7, { einddatum: "2026-03-31", casemanager: "casemanager2" });
  const m7 = await melding(
    c7.c.id,
    c7.betrokkenen.map((b) => b.id),
    "2025-10-06",
    { functieRol: "22", organisatie: "01", aard: ["01"] },
  );
  const b7 = await beoordeling(m7.id, c7.c.id, "2025-10-09", "01", "02");
  const o7 = await prisma.dienst.create({
    data: {
      casusId: c7.c.id,
      beoordelingId: b7.id,
      soort: "O",
      status: "AFGESLOTEN",
      startdatum: d("2025-10-13"),
      einddatum: d("2025-12-12"),
      aardConclusie: ["01"],
      aanvullendeInformatie: ["01"],
      duur: "05",
      uitkomstOnderzoek: "10000",
      uitvoerderId: u.casemanager2,
      afsluitingVoorgesteldDoorId: u.casemanager2,
      afsluitingBevestigdDoorId: u.gedragswetenschapper,
      afsluitingBevestigdOp: new Date("2025-12-12T10:00:00Z"),
    },
  });
  await prisma.overdracht.create({
    data: {
      casusId: c7.c.id,
      moment: 3,
      bronDienstId: o7.id,
      datum: d("2025-12-15"),
      partij: "08",
      hulp: "2",
      createdById: u.casemanager2,
      betrokkenen: { create: [{ betrokkeneId: c7.betrokkenen[1].id }] },
    },
  });
  await prisma.monitoringsmoment.create({
    data: {
      casusId: c7.c.id,
      datum: d("2026-02-16"),
      veiligheidsscore: 8,
      notitie: "Hulp loopt goed.",
      createdById: u.casemanager2,
    },
  });
  const c8 = await casus("2026-10-12", "0599", gezin7, { hermelding: true, casemanager: "casemanager2" });
  const m8 = await melding(
    c8.c.id,
    c8.betrokkenen.map((b) => b.id),
    "2026-10-12",
    { functieRol: "33", organisatie: "15", aard: ["01"] },
  );
  await beoordeling(m8.id, c8.c.id, "2026-10-14", "01", "03");

  // 9. An Onderzoek running past its 10-week deadline (for the termijnen overview; no journey changes it).
  const c9 = await casus(
    "2026-07-27",
    "1621",
    [
      {
        rol: "SLACHTOFFER",
        bsn: "663923323",
        geboortedatum: "19910614",
        geslacht: "2",
        voornamen: "Elif",
        achternaam: "Yilmaz",
      },
      {
        rol: "KIND",
        bsn: "146881977",
        geboortedatum: "20200300",
        geslacht: "1",
        voornamen: "Mert",
        achternaam: "Yilmaz",
      },
    ],
    { casemanager: "casemanager2" },
  );
  const m9 = await melding(
    c9.c.id,
    c9.betrokkenen.map((b) => b.id),
    "2026-07-27",
    { ...politie, aard: ["01", "03"] },
  );
  const b9 = await beoordeling(m9.id, c9.c.id, "2026-07-29", "01", "02");
  await prisma.dienst.create({
    data: {
      casusId: c9.c.id,
      beoordelingId: b9.id,
      soort: "O",
      startdatum: d("2026-08-03"),
      uitvoerderId: u.casemanager2,
    },
  });

  // 10. One phone call registered twice as a melding by mistake (same melder, same day); both beoordeeld, the
  //     casus closed in 2025. The BSN of the woman was not known at registration (K12 in the 2025H2 delivery).
  const c10 = await casus(
    "2025-11-10",
    "0599",
    [{ rol: "SLACHTOFFER", geboortedatum: "19950815", geslacht: "2", voornamen: "Sanne", achternaam: "Brouwer" }],
    { einddatum: "2025-11-14" },
  );
  const m10 = await melding(c10.c.id, [c10.betrokkenen[0].id], "2025-11-10", { ...politie, aard: ["02"] });
  const m10dubbel = await melding(c10.c.id, [c10.betrokkenen[0].id], "2025-11-10", { ...politie, aard: ["02"] });
  await beoordeling(m10.id, c10.c.id, "2025-11-12", "03", "05");
  await beoordeling(m10dubbel.id, c10.c.id, "2025-11-12", "03", "05");

  await seedCaseload(prisma, u, { casus, melding, beoordeling });
  await seedDemoOudDossier({ casus, melding, beoordeling });

  await seedDemoAdviezen(prisma, u, m2.id);
  await seedDemoInformeren(prisma, u.casemanager);
  await renumberToClockYear(prisma);
  return true;
}
