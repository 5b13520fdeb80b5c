import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeCasus, makeUser } from "@/lib/testing/factories";
import { codeListChecks, ruleChecks } from "./constraints-sql";

const db = freshTestDb();
let userId: number;
beforeAll(async () => {
  userId = (await makeUser(db.prisma, "TRIAGE")).id;
});

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const refused = (p: Promise<unknown>) => expect(p).rejects.toThrow();

describe("the database refuses a code outside its list, whatever path writes it", () => {
  test("advies: aard 07, unknown duur, functie_rol, organisatie, aanvullende informatie", async () => {
    const base = {
      startdatum: d("2025-08-01"),
      aard: ["01"],
      aanvullendeInformatie: [],
      duur: "99",
      functieRol: "21",
      organisatie: "04",
      behandelaarId: userId,
    };
    await db.prisma.advies.create({ data: base });
    await refused(db.prisma.advies.create({ data: { ...base, aard: ["07"] } }));
    await refused(db.prisma.advies.create({ data: { ...base, aard: ["01", "42"] } }));
    await refused(db.prisma.advies.create({ data: { ...base, duur: "07" } }));
    await refused(db.prisma.advies.create({ data: { ...base, functieRol: "08" } }));
    await refused(db.prisma.advies.create({ data: { ...base, organisatie: "22" } }));
    await refused(db.prisma.advies.create({ data: { ...base, aanvullendeInformatie: ["09"] } }));
    // K07: organisatie 98 if and only if a niet-beroepsmatige rol
    await refused(db.prisma.advies.create({ data: { ...base, functieRol: "03", organisatie: "04" } }));
    await refused(db.prisma.advies.create({ data: { ...base, functieRol: "21", organisatie: "98" } }));
    await refused(
      db.prisma.advies.create({ data: { ...base, startdatum: d("2025-08-05"), einddatum: d("2025-08-04") } }),
    );
  });

  test("betrokkene, beoordeling, dienst, overdracht, monitoring: codes and rules", async () => {
    const { casus, melding } = await makeCasus(db.prisma, userId, { datum: "2025-09-01" });
    const persoon = { casusId: casus.id, rol: "KIND" as const, geslacht: "1" };
    await refused(db.prisma.betrokkene.create({ data: { ...persoon, persoonsvolgnummer: 2, bsn: "111222334" } })); // elfproef
    await refused(
      db.prisma.betrokkene.create({ data: { ...persoon, persoonsvolgnummer: 2, bsn: "123456782", geslacht: "3" } }),
    );
    await refused(
      db.prisma.betrokkene.create({
        data: { ...persoon, persoonsvolgnummer: 2, bsn: "123456782", geboortedatum: "20250230" },
      }),
    );
    await refused(
      db.prisma.betrokkene.create({
        data: { ...persoon, persoonsvolgnummer: 2, bsn: "999999999", geboortedatum: "20200101" },
      }),
    );
    await refused(
      db.prisma.betrokkene.create({ data: { ...persoon, persoonsvolgnummer: 2, achternaam: "Zonder BSN" } }),
    ); // identificatie
    await db.prisma.betrokkene.create({
      data: { ...persoon, persoonsvolgnummer: 2, bsn: "999999999", geboortedatum: "99999999" },
    });
    const gw = await makeUser(db.prisma, "GEDRAGSWETENSCHAPPER");
    const vb = {
      meldingId: melding.id,
      casusId: casus.id,
      datum: d("2025-09-03"),
      inhoud: "01",
      taxatie: "02",
      besluitMetId: gw.id,
      createdById: userId,
    };
    await refused(db.prisma.veiligheidsbeoordeling.create({ data: { ...vb, inhoud: "05" } }));
    await refused(db.prisma.veiligheidsbeoordeling.create({ data: { ...vb, taxatie: "06" } }));
    await refused(
      db.prisma.veiligheidsbeoordeling.create({
        data: { ...vb, vastgesteldDoorId: userId, vastgesteldOp: new Date() },
      }),
    ); // four eyes
    const b = await db.prisma.veiligheidsbeoordeling.create({ data: vb });
    const dienst = { casusId: casus.id, beoordelingId: b.id, soort: "O", startdatum: d("2025-09-05") };
    await refused(db.prisma.dienst.create({ data: { ...dienst, soort: "X" } }));
    await refused(db.prisma.dienst.create({ data: { ...dienst, soort: "V", uitkomstOnderzoek: "10000" } }));
    await refused(db.prisma.dienst.create({ data: { ...dienst, uitkomstOnderzoek: "14000" } }));
    await refused(db.prisma.dienst.create({ data: { ...dienst, redenVoortijdig: "05" } }));
    await refused(
      db.prisma.dienst.create({
        data: { ...dienst, aardConclusie: ["01", "07"], status: "AFSLUITING_VOORGESTELD", einddatum: d("2025-10-01") },
      }),
    );
    const od = {
      casusId: casus.id,
      moment: 1,
      bronMeldingId: melding.id,
      datum: d("2025-09-10"),
      partij: "02",
      hulp: "1",
      createdById: userId,
    };
    await refused(db.prisma.overdracht.create({ data: { ...od, partij: "20" } }));
    await refused(db.prisma.overdracht.create({ data: { ...od, hulp: "3" } }));
    await refused(db.prisma.overdracht.create({ data: { ...od, moment: 2 } })); // moment 2 needs a dienst as bron
    await db.prisma.overdracht.create({ data: od });
    await refused(
      db.prisma.monitoringsmoment.create({
        data: { casusId: casus.id, datum: d("2025-10-01"), veiligheidsscore: 11, createdById: userId },
      }),
    );
  });

  test("a betrokkene of another casus cannot be linked to a melding", async () => {
    const a = await makeCasus(db.prisma, userId, { datum: "2025-09-01", personen: [{ bsn: "123456782" }] });
    const b = await makeCasus(db.prisma, userId, { datum: "2025-09-01", personen: [{ bsn: "908301662" }] });
    await refused(
      db.prisma.meldingBetrokkene.create({
        data: { meldingId: a.melding.id, casusId: a.casus.id, betrokkeneId: b.betrokkene.id },
      }),
    );
  });

  test("numbers come from sequences: unique, formatted, never reused", async () => {
    const x = await makeCasus(db.prisma, userId, { datum: "2025-09-01" });
    const y = await makeCasus(db.prisma, userId, { datum: "2025-09-01" });
    expect(x.casus.nummer).toMatch(/^C\d{4}-\d{6}$/);
    expect(x.melding.nummer).toMatch(/^M\d{4}-\d{6}$/);
    expect(y.casus.nummer).not.toBe(x.casus.nummer);
    await refused(db.prisma.casus.update({ where: { id: y.casus.id }, data: { nummer: "c-lower" } }));
  });

  test("every generated CHECK constraint exists in the database", async () => {
    const rows = await db.prisma.$queryRaw<
      { conname: string }[]
    >`SELECT conname FROM pg_constraint WHERE contype = 'c'`;
    const names = new Set(rows.map((r) => r.conname));
    for (const sql of [...codeListChecks(), ...ruleChecks()]) {
      const name = /CONSTRAINT "([^"]+)"/.exec(sql)![1];
      expect(names, name).toContain(name);
    }
  });
});
