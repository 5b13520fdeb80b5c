import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { countRows, makeUser, seedGemeenten } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { RuleViolation } from "@/lib/auth/errors";
import { searchBetrokkenen } from "@/lib/betrokkene/queries";
import { createAdvies } from "@/lib/advies/commands";
import { createMelding } from "./commands";
import { bekendInvoer, meldingInvoer, persoonInvoer } from "./test-input";

const db = freshTestDb();
let triage: Actor;
beforeAll(async () => {
  await seedGemeenten(db.prisma);
  triage = await makeUser(db.prisma, "TRIAGE");
});

const closeCasus = (nummer: string) =>
  db.prisma.casus.update({ where: { nummer }, data: { einddatum: new Date("2026-11-21T00:00:00Z") } });
const gebruikId = async (bsn: string) => (await searchBetrokkenen({ bsn }, triage)).personen[0].gebruikId;

describe("vervolgmelding and hermelding", () => {
  test("a known person in an open casus: the melding joins that casus and links the existing betrokkene", async () => {
    const eerste = await createMelding(
      meldingInvoer({
        datumMelding: "2026-11-18",
        betrokkenen: [
          persoonInvoer({ bsn: "123456782", rol: "SLACHTOFFER" }),
          persoonInvoer({ bsn: "111222333", rol: "KIND" }),
        ],
      }),
      triage,
    );
    const bekend = await gebruikId("123456782");
    const tweede = await createMelding(
      meldingInvoer({
        casusNummer: eerste.casusNummer,
        gemeentecode: "",
        betrokkenen: [bekendInvoer(bekend, "SLACHTOFFER"), persoonInvoer({ bsn: "948219932", rol: "PLEGER" })],
      }),
      triage,
    );
    expect(tweede).toMatchObject({ casusNummer: eerste.casusNummer, soort: "vervolgmelding" });
    const casus = await db.prisma.casus.findUniqueOrThrow({
      where: { nummer: eerste.casusNummer },
      include: { betrokkenen: true, meldingen: true },
    });
    expect(casus.meldingen).toHaveLength(2);
    expect(casus.laatstePersoonsvolgnummer).toBe(3);
    expect(casus.betrokkenen.map((b) => b.persoonsvolgnummer).sort()).toEqual([1, 2, 3]);
    const m2 = await db.prisma.melding.findUniqueOrThrow({
      where: { nummer: tweede.nummer },
      include: { betrokkenen: true },
    });
    expect(m2.betrokkenen.map((b) => b.betrokkeneId)).toContain(bekend);
    expect(await db.prisma.auditEvent.count({ where: { casusId: casus.id, entityType: "casus" } })).toBe(1);
  });

  test("a vervolgmelding dated before the casus began is refused", async () => {
    const bekend = await gebruikId("123456782");
    const casus = await db.prisma.betrokkene.findUniqueOrThrow({ where: { id: bekend }, include: { casus: true } });
    await expect(
      createMelding(
        meldingInvoer({
          datumMelding: "2026-11-01",
          casusNummer: casus.casus.nummer,
          betrokkenen: [bekendInvoer(bekend)],
        }),
        triage,
      ),
    ).rejects.toMatchObject({ fieldErrors: { datumMelding: expect.stringMatching(/begindatum van casus/) } });
  });

  test("a melding on a closed casus is refused and stores nothing", async () => {
    const r = await createMelding(
      meldingInvoer({ datumMelding: "2026-11-02", betrokkenen: [persoonInvoer({ bsn: "291703422" })] }),
      triage,
    );
    const bekend = await gebruikId("291703422");
    await closeCasus(r.casusNummer);
    const before = await countRows(db.prisma);
    const e = await createMelding(
      meldingInvoer({ casusNummer: r.casusNummer, betrokkenen: [bekendInvoer(bekend)] }),
      triage,
    ).catch((x) => x);
    expect(e).toBeInstanceOf(RuleViolation);
    expect(e.message).toMatch(/casus is gesloten/);
    expect(await countRows(db.prisma)).toEqual(before);
  });

  test("the person's casus is closed: a NEW casus marked hermelding, with a copy of the known person", async () => {
    const bekend = await gebruikId("291703422");
    const r = await createMelding(
      meldingInvoer({ betrokkenen: [bekendInvoer(bekend, "SLACHTOFFER"), persoonInvoer({ bsn: "366712767" })] }),
      triage,
    );
    expect(r.soort).toBe("hermelding");
    const casus = await db.prisma.casus.findUniqueOrThrow({
      where: { nummer: r.casusNummer },
      include: { betrokkenen: { orderBy: { persoonsvolgnummer: "asc" } } },
    });
    expect(casus).toMatchObject({ hermelding: true, einddatum: null, gemeentecode: "0599" });
    expect(casus.betrokkenen.map((b) => [b.persoonsvolgnummer, b.bsn, b.rol])).toEqual([
      [1, "291703422", "SLACHTOFFER"],
      [2, "366712767", "KIND"],
    ]);
    expect(casus.betrokkenen[0].id).not.toBe(bekend);
    const radar = await searchBetrokkenen({ bsn: "291703422" }, triage);
    expect(radar.personen[0].casussen.map((c) => c.open)).toEqual([true, false]);
  });

  test("a new person whose BSN was known in a closed casus also makes a hermelding", async () => {
    const r = await createMelding(
      meldingInvoer({ datumMelding: "2026-11-03", betrokkenen: [persoonInvoer({ bsn: "842684657" })] }),
      triage,
    );
    await closeCasus(r.casusNummer);
    const h = await createMelding(meldingInvoer({ betrokkenen: [persoonInvoer({ bsn: "842684657" })] }), triage);
    expect(h.soort).toBe("hermelding");
  });

  test("known persons in two different open casussen: refused", async () => {
    const a = await createMelding(meldingInvoer({ betrokkenen: [persoonInvoer({ bsn: "685995288" })] }), triage);
    const idA = await gebruikId("685995288");
    const idB = await gebruikId("948219932");
    const e = await createMelding(
      meldingInvoer({ casusNummer: a.casusNummer, betrokkenen: [bekendInvoer(idA), bekendInvoer(idB)] }),
      triage,
    ).catch((x) => x);
    expect(e).toBeInstanceOf(RuleViolation);
    expect(e.message).toMatch(/verschillende open casussen/);
  });
});

describe("advies omzetten naar melding", () => {
  test("the melding gets the adviesId, the open advies is closed on the melding date; a second conversion is refused", async () => {
    const a = await createAdvies(
      {
        startdatum: "2026-11-16",
        gemeentecode: "0606",
        aard: ["01"],
        aanvullendeInformatie: [],
        duur: "03",
        functieRol: "28",
        organisatie: "10",
        adviesvraag: "",
        eersteContact: "Eerste gesprek",
      },
      triage,
    );
    const r = await createMelding(
      meldingInvoer({
        adviesNummer: a.nummer,
        functieRol: "28",
        organisatie: "10",
        betrokkenen: [persoonInvoer({ bsn: "", geboortedatum: "2016" })],
      }),
      triage,
    );
    const m = await db.prisma.melding.findUniqueOrThrow({ where: { nummer: r.nummer }, include: { advies: true } });
    expect(m.adviesId).toBe(a.id);
    expect(m.advies?.einddatum).toEqual(new Date("2026-11-20T00:00:00Z"));
    expect(
      await db.prisma.auditEvent.findFirst({
        where: { entityType: "advies", entityId: String(a.id), action: "UPDATE" },
      }),
    ).toBeTruthy();
    await expect(
      createMelding(
        meldingInvoer({
          adviesNummer: a.nummer,
          betrokkenen: [persoonInvoer({ bsn: "", geboortedatum: "2017", achternaam: "Anders" })],
        }),
        triage,
      ),
    ).rejects.toThrow(/al omgezet naar melding/);
    await expect(createMelding(meldingInvoer({ adviesNummer: "A1999-000001" }), triage)).rejects.toThrow(
      /niet gevonden/,
    );
  });
  test("a melding dated before the advies started is refused", async () => {
    const a = await createAdvies(
      {
        startdatum: "2026-11-20",
        gemeentecode: "0599",
        aard: [],
        aanvullendeInformatie: [],
        duur: "99",
        functieRol: "04",
        organisatie: "",
      },
      triage,
    );
    await expect(
      createMelding(
        meldingInvoer({
          adviesNummer: a.nummer,
          datumMelding: "2026-11-19",
          betrokkenen: [persoonInvoer({ bsn: "", geboortedatum: "2018", achternaam: "Nieuw" })],
        }),
        triage,
      ),
    ).rejects.toMatchObject({ fieldErrors: { datumMelding: expect.stringMatching(/startdatum van het advies/) } });
  });
});
