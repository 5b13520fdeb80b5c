import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { countRows, makeUser, seedGemeenten } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { Forbidden, ValidationFailed } from "@/lib/auth/errors";
import { searchBetrokkenen } from "@/lib/betrokkene/queries";
import { createMelding } from "./commands";
import { getMeldingDetail } from "./queries";
import { meldingInvoer, persoonInvoer } from "./test-input";

const db = freshTestDb();
let triage: Actor, casemanager: Actor, beheerder: Actor;
beforeAll(async () => {
  await seedGemeenten(db.prisma);
  triage = await makeUser(db.prisma, "TRIAGE");
  casemanager = await makeUser(db.prisma, "CASEMANAGER");
  beheerder = await makeUser(db.prisma, "BEHEERDER");
});

async function refused(input: unknown): Promise<ValidationFailed> {
  const before = await countRows(db.prisma);
  const e = await createMelding(input, triage).then(
    () => null,
    (err) => err,
  );
  expect(e).toBeInstanceOf(ValidationFailed);
  expect(await countRows(db.prisma)).toEqual(before);
  return e as ValidationFailed;
}

describe("melding registreren", () => {
  test("a new casus with two betrokkenen: persoonsvolgnummers, behandelaar, audit events", async () => {
    const r = await createMelding(
      meldingInvoer({
        betrokkenen: [
          persoonInvoer({
            rol: "SLACHTOFFER",
            bsn: "111222333",
            achternaam: "Vos",
            voornamen: "Els",
            geboortedatum: "1985",
          }),
          persoonInvoer({
            rol: "KIND",
            bsn: "",
            achternaam: "Vos",
            voornamen: "Tim",
            geboortedatum: "2018-06",
            postcode: "3011ab",
          }),
        ],
      }),
      triage,
    );
    expect(r.soort).toBe("nieuwe casus");
    const m = await db.prisma.melding.findUniqueOrThrow({
      where: { nummer: r.nummer },
      include: { casus: { include: { betrokkenen: true } } },
    });
    expect(m.behandelaarId).toBe(triage.id);
    expect(m.organisatie).toBe("15");
    expect(m.casus).toMatchObject({
      begindatum: new Date("2026-11-20T00:00:00Z"),
      gemeentecode: "0599",
      hermelding: false,
      laatstePersoonsvolgnummer: 2,
    });
    const rows = m.casus.betrokkenen.sort((a, b) => a.persoonsvolgnummer - b.persoonsvolgnummer);
    expect(rows.map((b) => [b.persoonsvolgnummer, b.bsn, b.geboortedatum, b.postcode])).toEqual([
      [1, "111222333", "19850000", "3011AB"],
      [2, null, "20180600", "3011AB"],
    ]);
    const events = await db.prisma.auditEvent.findMany({
      where: { casusId: m.casusId, action: "CREATE" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.entityType)).toEqual(["casus", "melding"]);
    expect(events[1]).toMatchObject({ entityId: String(m.id), userId: triage.id, role: "TRIAGE" });
    expect([...events[1].betrokkeneIds].sort()).toEqual(rows.map((b) => b.id).sort());
  });

  test("two betrokkenen, one with a wrong BSN: refused at that field, nothing stored", async () => {
    const e = await refused(
      meldingInvoer({ betrokkenen: [persoonInvoer({ bsn: "111222333" }), persoonInvoer({ bsn: "123456789" })] }),
    );
    expect(e.fieldErrors["betrokkenen.1.bsn"]).toBe("Dit BSN voldoet niet aan de elfproef");
  });

  test("without BSN the postcode (and the rest of the identification) is required", async () => {
    const e = await refused(meldingInvoer({ betrokkenen: [persoonInvoer({ bsn: "", postcode: "" })] }));
    expect(e.fieldErrors).toEqual({ "betrokkenen.0.postcode": "Zonder BSN is de postcode verplicht." });
    const e2 = await refused(
      meldingInvoer({ betrokkenen: [persoonInvoer({ bsn: "", achternaam: "", geboortedatum: "" })] }),
    );
    expect(Object.keys(e2.fieldErrors).sort()).toEqual(["betrokkenen.0.achternaam", "betrokkenen.0.geboortedatum"]);
  });

  test("bad input is refused with a Dutch message and stores nothing", async () => {
    expect((await refused(meldingInvoer({ datumMelding: "2999-01-01" }))).fieldErrors.datumMelding).toBe(
      "Datum melding mag niet in de toekomst liggen.",
    );
    expect((await refused(meldingInvoer({ datumMelding: "2026-02-30" }))).fieldErrors.datumMelding).toBe(
      "Datum melding is geen geldige datum.",
    );
    expect((await refused(meldingInvoer({ melderNaam: "x".repeat(5000) }))).fieldErrors.melderNaam).toMatch(
      /hoogstens 200 tekens/,
    );
    expect(
      (await refused(meldingInvoer({ betrokkenen: [persoonInvoer({ achternaam: "x".repeat(5000) })] }))).fieldErrors[
        "betrokkenen.0.achternaam"
      ],
    ).toMatch(/hoogstens 200/);
    expect((await refused(meldingInvoer({ functieRol: "55" }))).fieldErrors.functieRol).toMatch(/geldige waarde/);
    expect((await refused(meldingInvoer({ duur: "07" }))).fieldErrors.duur).toMatch(/geldige waarde/);
    expect((await refused(meldingInvoer({ aard: ["01", "07"] }))).fieldErrors.aard).toMatch(/geldige waarden/);
    expect(
      (await refused(meldingInvoer({ betrokkenen: [persoonInvoer({ geboortedatum: "2015-02-30" })] }))).fieldErrors[
        "betrokkenen.0.geboortedatum"
      ],
    ).toMatch(/geen geldige datum/);
    expect((await refused(meldingInvoer({ betrokkenen: [] }))).fieldErrors.betrokkenen).toMatch(/ten minste één/);
    expect((await refused(meldingInvoer({ gemeentecode: "9999" }))).fieldErrors.gemeentecode).toMatch(/lijst van 2026/);
    expect((await refused(meldingInvoer({ gemeentecode: "" }))).fieldErrors.gemeentecode).toMatch(/gemeente/);
    expect(
      (await refused(meldingInvoer({ betrokkenen: [persoonInvoer(), persoonInvoer()] }))).fieldErrors[
        "betrokkenen.1.bsn"
      ],
    ).toMatch(/al eerder/);
  });

  test("organisatie: 98 is refused for a professional and stored for a niet-beroepsmatige rol", async () => {
    expect((await refused(meldingInvoer({ functieRol: "21", organisatie: "98" }))).fieldErrors.organisatie).toMatch(
      /niet-beroepsmatige/,
    );
    expect((await refused(meldingInvoer({ functieRol: "21", organisatie: "" }))).fieldErrors.organisatie).toMatch(
      /Kies de organisatie/,
    );
    const r = await createMelding(
      meldingInvoer({
        functieRol: "05",
        organisatie: "15",
        melderOrganisatieNaam: "Politie",
        betrokkenen: [persoonInvoer({ bsn: "948219932" })],
      }),
      triage,
    );
    const m = await db.prisma.melding.findUniqueOrThrow({ where: { nummer: r.nummer } });
    expect([m.organisatie, m.melderOrganisatieNaam]).toEqual(["98", null]);
  });

  test("an unborn child gets BSN 999999999 and geboortedatum 99999999; script text is stored as text", async () => {
    const r = await createMelding(
      meldingInvoer({
        toelichting: "<script>alert(1)</script>",
        betrokkenen: [
          persoonInvoer({ bsn: "291703422" }),
          persoonInvoer({ ongeboren: true, bsn: "", geboortedatum: "", voornamen: "", geslacht: "9" }),
        ],
      }),
      triage,
    );
    const m = await db.prisma.melding.findUniqueOrThrow({
      where: { nummer: r.nummer },
      include: { betrokkenen: { include: { betrokkene: true } } },
    });
    expect(m.toelichting).toBe("<script>alert(1)</script>");
    expect(m.betrokkenen.map((b) => [b.betrokkene.bsn, b.betrokkene.geboortedatum]).sort()).toEqual([
      ["291703422", "20150312"],
      ["999999999", "99999999"],
    ]);
  });

  test("only the voordeur registers meldingen", async () => {
    await expect(createMelding(meldingInvoer(), casemanager)).rejects.toBeInstanceOf(Forbidden);
    await expect(createMelding(meldingInvoer(), beheerder)).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("melding lezen", () => {
  test("a casemanager cannot read a melding of a casus not assigned to them; the anonymous melder is shielded", async () => {
    const r = await createMelding(
      meldingInvoer({
        anoniem: "J",
        melderNaam: "Buurvrouw Geheim",
        functieRol: "05",
        organisatie: "",
        betrokkenen: [persoonInvoer({ bsn: "366712767" })],
      }),
      triage,
    );
    expect(await getMeldingDetail(casemanager, r.nummer)).toBeNull();
    const denied = await db.prisma.auditEvent.findFirst({
      where: { userId: casemanager.id, entityType: "melding" },
      orderBy: { id: "desc" },
    });
    expect(denied).toMatchObject({ action: "READ", outcome: "FAILURE" });

    const forTriage = await getMeldingDetail(triage, r.nummer);
    expect(forTriage?.melder).toMatchObject({ anoniem: true, afgeschermd: false, naam: "Buurvrouw Geheim" });
    const casus = await db.prisma.casus.findFirstOrThrow({ where: { nummer: r.casusNummer } });
    await db.prisma.casus.update({ where: { id: casus.id }, data: { casemanagerId: casemanager.id } });
    const forCm = await getMeldingDetail(casemanager, r.nummer);
    expect(forCm?.melder).toMatchObject({ anoniem: true, afgeschermd: true, naam: null, contact: null });
    expect(JSON.stringify(forCm)).not.toContain("Geheim");
    const read = await db.prisma.auditEvent.findFirst({
      where: { userId: casemanager.id, action: "READ", outcome: "SUCCESS" },
      orderBy: { id: "desc" },
    });
    expect(read).toMatchObject({ entityType: "melding", casusId: casus.id });
    expect(read?.betrokkeneIds).toHaveLength(1);
  });

  test("the melding shows its beoordeling deadline", async () => {
    const r = await createMelding(
      meldingInvoer({ datumMelding: "2026-11-19", betrokkenen: [persoonInvoer({ bsn: "842684657" })] }),
      triage,
    );
    const m = await getMeldingDetail(triage, r.nummer);
    expect(m?.termijn.deadline).toBe("2026-11-26");
  });
});

describe("radar", () => {
  test("search by BSN or by achternaam + (partial) geboortedatum, audited as READ", async () => {
    await createMelding(
      meldingInvoer({
        betrokkenen: [
          persoonInvoer({
            bsn: "685995288",
            achternaam: "van der Berg",
            voornamen: "Anna",
            geboortedatum: "1990-05-06",
          }),
        ],
      }),
      triage,
    );
    const byBsn = await searchBetrokkenen({ bsn: "685995288" }, triage);
    expect(byBsn.personen).toHaveLength(1);
    expect(byBsn.personen[0]).toMatchObject({
      naam: "Anna van der Berg",
      openCasussen: [expect.objectContaining({ open: true })],
    });
    const byName = await searchBetrokkenen({ achternaam: "Berg", geboortedatum: "1990" }, triage);
    expect(byName.personen.map((p) => p.bsn)).toContain("685995288");
    const ev = await db.prisma.auditEvent.findFirst({
      where: { entityType: "betrokkene", action: "READ" },
      orderBy: { id: "desc" },
    });
    expect(ev?.detail).toBe("radar search by naam: 1 persons");
    expect(ev?.detail).not.toContain("685995288");
    await expect(searchBetrokkenen({ bsn: "685995289" }, triage)).rejects.toBeInstanceOf(ValidationFailed);
    await expect(searchBetrokkenen({ bsn: "685995288" }, beheerder)).rejects.toBeInstanceOf(Forbidden);
  });
  test("a new person whose BSN is in an open casus is refused: the worker must use the known person", async () => {
    const e = await refused(meldingInvoer({ betrokkenen: [persoonInvoer({ bsn: "685995288" })] }));
    expect(e.fieldErrors["betrokkenen.0.bsn"]).toMatch(/open casus C\d{4}-\d+/);
  });
});
