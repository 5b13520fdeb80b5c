import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { countRows, makeUser, seedGemeenten } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { Conflict, Forbidden, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { addAdviesContact, closeAdvies, createAdvies } from "./commands";
import { getAdviesDetail } from "./queries";
import type { TAdviesNieuwInput } from "./schema";

const db = freshTestDb();
let triage: Actor, triage2: Actor, teamleider: Actor, casemanager: Actor;
beforeAll(async () => {
  await seedGemeenten(db.prisma);
  triage = await makeUser(db.prisma, "TRIAGE");
  triage2 = await makeUser(db.prisma, "TRIAGE", "collega-triage");
  teamleider = await makeUser(db.prisma, "TEAMLEIDER");
  casemanager = await makeUser(db.prisma, "CASEMANAGER");
});

const invoer = (extra: Partial<TAdviesNieuwInput> = {}): TAdviesNieuwInput => ({
  startdatum: "2026-11-10",
  gemeentecode: "0599",
  aard: ["01", "03"],
  aanvullendeInformatie: ["01"],
  duur: "03",
  functieRol: "28",
  organisatie: "10",
  adviesvraag: "Leerkracht maakt zich zorgen over een leerling.",
  eersteContact: "",
  ...extra,
});

async function refused(fn: () => Promise<unknown>, type: unknown = ValidationFailed) {
  const before = await countRows(db.prisma);
  const e = await fn().then(
    () => null,
    (x) => x,
  );
  expect(e).toBeInstanceOf(type);
  expect(await countRows(db.prisma)).toEqual(before);
  return e;
}

describe("advies registreren", () => {
  test("a professional adviesvrager with organisatie; audit CREATE", async () => {
    const a = await createAdvies(invoer({ eersteContact: "Eerste telefoongesprek" }), triage);
    const row = await db.prisma.advies.findUniqueOrThrow({ where: { id: a.id }, include: { contacten: true } });
    expect(row).toMatchObject({
      organisatie: "10",
      functieRol: "28",
      aard: ["01", "03"],
      gemeentecode: "0599",
      behandelaarId: triage.id,
      einddatum: null,
    });
    expect(row.contacten).toMatchObject([
      { notitie: "Eerste telefoongesprek", datum: new Date("2026-11-10T00:00:00Z") },
    ]);
    expect(
      await db.prisma.auditEvent.findFirst({
        where: { entityType: "advies", entityId: String(a.id), action: "CREATE", userId: triage.id },
      }),
    ).toBeTruthy();
  });

  test("organisatie: 98 for a niet-beroepsmatige rol whatever was sent; refused or required for a professional", async () => {
    const a = await createAdvies(invoer({ functieRol: "03", organisatie: "10" }), triage);
    expect((await db.prisma.advies.findUniqueOrThrow({ where: { id: a.id } })).organisatie).toBe("98");
    const e1 = await refused(() => createAdvies(invoer({ functieRol: "21", organisatie: "98" }), triage));
    expect(e1.fieldErrors.organisatie).toMatch(/niet-beroepsmatige/);
    const e2 = await refused(() => createAdvies(invoer({ functieRol: "21", organisatie: "" }), triage));
    expect(e2.fieldErrors.organisatie).toBe("Kies de organisatie van de beroepsmatige functie.");
  });

  test("bad input: unknown codes, aard 07, future date, gemeente outside the list; only triage writes", async () => {
    expect((await refused(() => createAdvies(invoer({ aard: ["07"] }), triage))).fieldErrors.aard).toMatch(/geldige/);
    expect((await refused(() => createAdvies(invoer({ organisatie: "77" }), triage))).fieldErrors.organisatie).toMatch(
      /geldige/,
    );
    expect(
      (await refused(() => createAdvies(invoer({ startdatum: "2999-01-01" }), triage))).fieldErrors.startdatum,
    ).toMatch(/toekomst/);
    expect(
      (await refused(() => createAdvies(invoer({ gemeentecode: "0363" }), triage))).fieldErrors.gemeentecode,
    ).toMatch(/lijst van 2026/);
    expect((await refused(() => createAdvies(invoer({ gemeentecode: "" }), triage))).fieldErrors.gemeentecode).toBe(
      "Kies de gemeente.",
    );
    expect(
      (await refused(() => createAdvies(invoer({ adviesvraag: "x".repeat(5000) }), triage))).fieldErrors.adviesvraag,
    ).toMatch(/4000/);
    await refused(() => createAdvies(invoer(), teamleider), Forbidden);
    await refused(() => createAdvies(invoer(), casemanager), Forbidden);
  });

  test("gemeente onbekend (0000) is stored as empty; the list of the latest year is used when the year has none", async () => {
    const a = await createAdvies(invoer({ gemeentecode: "0000" }), triage);
    expect((await db.prisma.advies.findUniqueOrThrow({ where: { id: a.id } })).gemeentecode).toBeNull();
    await db.prisma.gemeente.deleteMany({ where: { jaar: 2025 } });
    const b = await createAdvies(invoer({ startdatum: "2025-12-01", gemeentecode: "0606" }), triage);
    expect((await db.prisma.advies.findUniqueOrThrow({ where: { id: b.id } })).gemeentecode).toBe("0606");
  });
});

describe("contacten and afsluiten", () => {
  test("contacts while open; closing checks start, last contact and today; then nothing can be added", async () => {
    const a = await createAdvies(invoer(), triage);
    await addAdviesContact({ adviesNummer: a.nummer, datum: "2026-11-12", notitie: "Tweede gesprek" }, triage);
    await addAdviesContact({ adviesNummer: a.nummer, datum: "2026-11-16", notitie: "Terugbelafspraak" }, triage2);
    expect(
      (await refused(() => addAdviesContact({ adviesNummer: a.nummer, datum: "2026-11-01", notitie: "x" }, triage)))
        .fieldErrors.datum,
    ).toMatch(/startdatum/);
    expect(
      (await refused(() => addAdviesContact({ adviesNummer: a.nummer, datum: "2026-11-12", notitie: "" }, triage)))
        .fieldErrors.notitie,
    ).toBe("Vul notitie in.");

    const v = (await db.prisma.advies.findUniqueOrThrow({ where: { id: a.id } })).version;
    expect(
      (await refused(() => closeAdvies({ adviesNummer: a.nummer, einddatum: "2026-11-09", version: v }, triage)))
        .fieldErrors.einddatum,
    ).toMatch(/startdatum/);
    expect(
      (await refused(() => closeAdvies({ adviesNummer: a.nummer, einddatum: "2026-11-13", version: v }, triage)))
        .fieldErrors.einddatum,
    ).toMatch(/laatste contact \(16 november 2026\)/);
    expect(
      (await refused(() => closeAdvies({ adviesNummer: a.nummer, einddatum: "2999-01-01", version: v }, triage)))
        .fieldErrors.einddatum,
    ).toMatch(/toekomst/);
    await closeAdvies({ adviesNummer: a.nummer, einddatum: "2026-11-16", version: v }, triage);
    expect((await db.prisma.advies.findUniqueOrThrow({ where: { id: a.id } })).einddatum).toEqual(
      new Date("2026-11-16T00:00:00Z"),
    );

    const e = await refused(
      () => addAdviesContact({ adviesNummer: a.nummer, datum: "2026-11-20", notitie: "Te laat" }, triage),
      RuleViolation,
    );
    expect(e.message).toBe("Dit advies is afgesloten; er kan niets meer aan worden toegevoegd.");
    await refused(
      () => closeAdvies({ adviesNummer: a.nummer, einddatum: "2026-11-20", version: v + 1 }, triage),
      RuleViolation,
    );

    const events = await db.prisma.auditEvent.findMany({
      where: { OR: [{ entityType: "advies", entityId: String(a.id) }, { entityType: "advies_contact" }] },
    });
    expect(events.filter((x) => x.entityType === "advies").map((x) => x.action)).toEqual(["CREATE", "UPDATE"]);
    expect(events.filter((x) => x.entityType === "advies_contact").length).toBeGreaterThanOrEqual(2);
  });

  test("closing with a stale version is refused naming who changed the advies", async () => {
    const a = await createAdvies(invoer(), triage);
    await db.prisma.advies.update({ where: { id: a.id }, data: { version: { increment: 1 } } });
    const e = await refused(
      () => closeAdvies({ adviesNummer: a.nummer, einddatum: "2026-11-20", version: 1 }, triage2),
      Conflict,
    );
    expect(e.message).toMatch(/gewijzigd door Test triage/);
  });

  test("the detail page data, audited as READ; an unknown nummer is not found", async () => {
    const a = await createAdvies(invoer({ eersteContact: "Gesprek" }), triage);
    const d = await getAdviesDetail(teamleider, a.nummer);
    expect(d).toMatchObject({
      nummer: a.nummer,
      open: true,
      gemeente: "Rotterdam",
      contacten: [{ notitie: "Gesprek" }],
      laatsteContact: "2026-11-10",
      melding: null,
    });
    expect(
      await db.prisma.auditEvent.findFirst({
        where: { userId: teamleider.id, action: "READ", entityType: "advies", entityId: String(a.id) },
      }),
    ).toBeTruthy();
    expect(await getAdviesDetail(triage, "A1999-999999")).toBeNull();
    await expect(getAdviesDetail(casemanager, a.nummer)).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("contactgegevens adviesvrager and Mijn adviezen", () => {
  test("name and phone number only with consent; without it nothing is stored", async () => {
    const e = await refused(() =>
      createAdvies(invoer({ adviesvragerNaam: "Juf Anja", adviesvragerTelefoon: "06-12345678" }), triage),
    );
    expect((e as ValidationFailed).fieldErrors).toEqual({
      toestemmingContact: expect.stringMatching(/^Naam en telefoonnummer worden alleen bewaard/),
    });
    const bad = await refused(() =>
      createAdvies(invoer({ adviesvragerTelefoon: "bel maar", toestemmingContact: true }), triage),
    );
    expect((bad as ValidationFailed).fieldErrors).toEqual({
      adviesvragerTelefoon: "Vul een telefoonnummer in met cijfers, spaties, + of -.",
    });
    const a = await createAdvies(
      invoer({ adviesvragerNaam: "Juf Anja", adviesvragerTelefoon: "06-12345678", toestemmingContact: true }),
      triage,
    );
    expect((await getAdviesDetail(triage, a.nummer))?.adviesvrager).toEqual({
      naam: "Juf Anja",
      telefoon: "06-12345678",
    });
    await expect(
      db.prisma.advies.update({ where: { nummer: a.nummer }, data: { toestemmingContact: false } }),
    ).rejects.toThrow(/advies_contact_toestemming/);
  });

  test("Mijn adviezen: a triage worker's own, open and closed; the teamleider sees all; others are refused", async () => {
    const { listAdviezen } = await import("./lijst");
    const open = await createAdvies(invoer({ startdatum: "2026-11-12" }), triage2);
    const dicht = await createAdvies(invoer({ startdatum: "2026-11-02" }), triage2);
    await closeAdvies({ adviesNummer: dicht.nummer, einddatum: "2026-11-05", version: 1 }, triage2);
    const eigen = await listAdviezen(triage2);
    expect(eigen.rijen.map((r) => r.nummer)).toEqual([open.nummer, dicht.nummer]);
    expect(eigen.rijen[1]).toMatchObject({ einddatum: "2026-11-05" });
    expect((await listAdviezen(triage2, { status: "gesloten" })).rijen.map((r) => r.nummer)).toEqual([dicht.nummer]);
    expect((await listAdviezen(triage)).rijen.map((r) => r.nummer)).not.toContain(open.nummer);
    expect((await listAdviezen(teamleider)).rijen.map((r) => r.nummer)).toEqual(
      expect.arrayContaining([open.nummer, dicht.nummer]),
    );
    await expect(listAdviezen(casemanager)).rejects.toBeInstanceOf(Forbidden);
  });
});
