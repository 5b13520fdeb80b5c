// A small hand-made organisation for 2025H2 whose delivery file is written out by hand in export.int.test.ts.
// Explicit numbers, so the file does not depend on sequences or on the year the test runs in.
import type { PrismaClient } from "@/generated/prisma/client";
import { loadGemeenten } from "@/lib/db/seed/gemeenten";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

export async function createScenario2025H2(prisma: PrismaClient) {
  await prisma.organisatie.create({
    data: { id: 1, naam: "VT Gooi en Vechtstreek (test)", vtRegioCode: "VT07", kvkNummer: "12345678" },
  });
  await loadGemeenten(prisma, 2025);
  const [t, g, c] = await Promise.all(
    ["TRIAGE", "GEDRAGSWETENSCHAPPER", "CASEMANAGER"].map((role, i) =>
      prisma.user.create({
        data: { username: `s${i}`, displayName: `S${i}`, role: role as "TRIAGE", passwordHash: "x" },
      }),
    ),
  );
  const advies = (nummer: string, startdatum: string, einddatum: string | null, x: Record<string, unknown>) =>
    prisma.advies.create({
      data: {
        nummer,
        startdatum: d(startdatum),
        einddatum: einddatum ? d(einddatum) : null,
        behandelaarId: t.id,
        aanvullendeInformatie: [],
        ...x,
      } as never,
    });
  await advies("A2025-000001", "2025-06-20", "2025-07-03", {
    gemeentecode: "0402",
    aard: ["01"],
    aanvullendeInformatie: ["08"],
    duur: "02",
    functieRol: "28",
    organisatie: "10",
  });
  await advies("A2025-000002", "2025-12-15", null, {
    gemeentecode: null,
    aard: [],
    duur: "99",
    functieRol: "04",
    organisatie: "98",
  });
  await advies("A2025-000003", "2025-03-01", "2025-03-05", {
    gemeentecode: "0402",
    aard: ["02"],
    duur: "01",
    functieRol: "21",
    organisatie: "04",
  });

  const melding = (
    nummer: string,
    casusId: number,
    datum: string,
    betrokkeneIds: number[],
    x: Record<string, unknown>,
  ) =>
    prisma.melding.create({
      data: {
        nummer,
        casusId,
        datumMelding: d(datum),
        createdById: t.id,
        aanvullendeInformatie: [],
        ...x,
        betrokkenen: { create: betrokkeneIds.map((betrokkeneId) => ({ betrokkeneId })) },
      } as never,
    });
  const beoordeling = (meldingId: number, casusId: number, datum: string, inhoud: string, taxatie: string) =>
    prisma.veiligheidsbeoordeling.create({
      data: {
        meldingId,
        casusId,
        datum: d(datum),
        inhoud,
        taxatie,
        besluitMetId: g.id,
        createdById: t.id,
        vastgesteldDoorId: g.id,
        vastgesteldOp: d(datum),
      },
    });
  const closed = (einddatum: string) => ({
    status: "AFGESLOTEN" as const,
    einddatum: d(einddatum),
    afsluitingVoorgesteldDoorId: c.id,
    afsluitingBevestigdDoorId: g.id,
    afsluitingBevestigdOp: d(einddatum),
  });

  // C1: started before the period, closed in it; Onderzoek closed in the period; overdracht to two persons.
  const c1 = await prisma.casus.create({
    data: {
      nummer: "C2025-000001",
      begindatum: d("2025-05-10"),
      einddatum: d("2025-11-28"),
      gemeentecode: "0402",
      laatstePersoonsvolgnummer: 3,
    },
  });
  const [p1, p2, p3] = await Promise.all([
    prisma.betrokkene.create({
      data: {
        casusId: c1.id,
        persoonsvolgnummer: 1,
        bsn: "123456782",
        geboortedatum: "19800101",
        geslacht: "1",
        rol: "PLEGER",
      },
    }),
    prisma.betrokkene.create({
      data: {
        casusId: c1.id,
        persoonsvolgnummer: 2,
        bsn: null,
        geboortedatum: "19820300",
        geslacht: "2",
        rol: "SLACHTOFFER",
        achternaam: "Zonder",
        voornamen: "Bsn",
        postcode: "1211AB",
        huisnummer: "4",
      },
    }),
    prisma.betrokkene.create({
      data: {
        casusId: c1.id,
        persoonsvolgnummer: 3,
        bsn: "999999999",
        geboortedatum: "99999999",
        geslacht: "9",
        rol: "KIND",
      },
    }),
  ]);
  const m1 = await melding("M2025-000001", c1.id, "2025-05-10", [p1.id, p2.id, p3.id], {
    functieRol: "33",
    organisatie: "15",
    aard: ["03"],
    duur: "04",
  });
  const b1 = await beoordeling(m1.id, c1.id, "2025-05-13", "01", "02");
  const d1 = await prisma.dienst.create({
    data: {
      nummer: "D2025-000001",
      casusId: c1.id,
      beoordelingId: b1.id,
      soort: "O",
      startdatum: d("2025-05-20"),
      ...closed("2025-07-15"),
      aardConclusie: ["01", "03"],
      aanvullendeInformatie: [],
      duur: "04",
      uitkomstOnderzoek: "10200",
    },
  });
  await prisma.overdracht.create({
    data: {
      nummer: "O2025-000001",
      casusId: c1.id,
      moment: 3,
      bronDienstId: d1.id,
      datum: d("2025-07-20"),
      partij: "08",
      hulp: "2",
      createdById: c.id,
      betrokkenen: { create: [{ betrokkeneId: p2.id }, { betrokkeneId: p3.id }] },
    },
  });
  await prisma.monitoringsmoment.create({
    data: { nummer: "T2025-000001", casusId: c1.id, datum: d("2025-09-01"), veiligheidsscore: 7, createdById: c.id },
  });

  // C2: started in the period, closed after it; V&V open at the end of the period (closed in 2026);
  // a vervolgmelding without beoordeling brings a second person; a 2026 melding brings a third (not yet in the file).
  const c2 = await prisma.casus.create({
    data: {
      nummer: "C2025-000002",
      begindatum: d("2025-08-04"),
      einddatum: d("2026-01-15"),
      gemeentecode: "0406",
      laatstePersoonsvolgnummer: 3,
    },
  });
  const [q1, q2, q3] = await Promise.all([
    prisma.betrokkene.create({
      data: {
        casusId: c2.id,
        persoonsvolgnummer: 1,
        bsn: "111222333",
        geboortedatum: "20150000",
        geslacht: "2",
        rol: "KIND",
      },
    }),
    prisma.betrokkene.create({
      data: {
        casusId: c2.id,
        persoonsvolgnummer: 2,
        bsn: "948219932",
        geboortedatum: "19700512",
        geslacht: "1",
        rol: "PLEGER",
      },
    }),
    prisma.betrokkene.create({
      data: {
        casusId: c2.id,
        persoonsvolgnummer: 3,
        bsn: "291703422",
        geboortedatum: "19750909",
        geslacht: "2",
        rol: "SLACHTOFFER",
      },
    }),
  ]);
  const m2 = await melding("M2025-000002", c2.id, "2025-08-04", [q1.id], {
    functieRol: "21",
    organisatie: "04",
    anoniem: true,
    aard: ["01"],
    aanvullendeInformatie: ["01"],
    duur: "99",
  });
  const b2 = await beoordeling(m2.id, c2.id, "2025-08-06", "01", "01");
  await prisma.dienst.create({
    data: {
      nummer: "D2025-000002",
      casusId: c2.id,
      beoordelingId: b2.id,
      soort: "V",
      startdatum: d("2025-08-11"),
      ...closed("2026-01-10"),
      aardConclusie: ["01"],
      aanvullendeInformatie: ["01"],
      duur: "03",
    },
  });
  await melding("M2025-000003", c2.id, "2025-12-30", [q1.id, q2.id], {
    functieRol: "05",
    organisatie: "98",
    aard: ["05"],
    duur: "01",
  });
  await melding("M2026-000001", c2.id, "2026-01-05", [q3.id], {
    functieRol: "33",
    organisatie: "15",
    aard: ["03"],
    duur: "01",
  });

  // Not in the file: a casus that starts after the period and one closed before it.
  const c3 = await prisma.casus.create({
    data: { nummer: "C2025-000003", begindatum: d("2026-01-03"), gemeentecode: "0402", laatstePersoonsvolgnummer: 1 },
  });
  const r1 = await prisma.betrokkene.create({
    data: {
      casusId: c3.id,
      persoonsvolgnummer: 1,
      bsn: "366712767",
      geboortedatum: "19900101",
      geslacht: "1",
      rol: "ANDERS",
    },
  });
  await melding("M2026-000002", c3.id, "2026-01-03", [r1.id], {
    functieRol: "33",
    organisatie: "15",
    aard: ["05"],
    duur: "01",
  });
  const c4 = await prisma.casus.create({
    data: {
      nummer: "C2024-000009",
      begindatum: d("2024-11-01"),
      einddatum: d("2025-02-01"),
      gemeentecode: "0402",
      laatstePersoonsvolgnummer: 1,
    },
  });
  const s1 = await prisma.betrokkene.create({
    data: {
      casusId: c4.id,
      persoonsvolgnummer: 1,
      bsn: "842684657",
      geboortedatum: "19600101",
      geslacht: "2",
      rol: "SLACHTOFFER",
    },
  });
  await melding("M2024-000009", c4.id, "2024-11-01", [s1.id], {
    functieRol: "33",
    organisatie: "15",
    aard: ["03"],
    duur: "01",
  });
  return { users: { t, g, c }, c2 };
}
