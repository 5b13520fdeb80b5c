import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeCasus, makeUser } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { Forbidden, ValidationFailed } from "@/lib/auth/errors";
import { zoekCasussen } from "./queries";

const db = freshTestDb();
let triage: Actor, cm: Actor, lead: Actor, beheerder: Actor;
let c1: Awaited<ReturnType<typeof makeCasus>>, c2: Awaited<ReturnType<typeof makeCasus>>;

beforeAll(async () => {
  triage = await makeUser(db.prisma, "TRIAGE");
  cm = await makeUser(db.prisma, "CASEMANAGER");
  lead = await makeUser(db.prisma, "TEAMLEIDER");
  beheerder = await makeUser(db.prisma, "BEHEERDER");
  const hendriks = [
    { bsn: "908301662", achternaam: "Hendriks", voornamen: "Kevin", geboortedatum: "19840312", rol: "PLEGER" as const },
    { bsn: "390996038", achternaam: "Hendriks", voornamen: "Lieke", geboortedatum: "20150900", rol: "KIND" as const },
  ];
  c1 = await makeCasus(db.prisma, triage.id, {
    datum: "2025-02-03",
    einddatum: "2025-05-01",
    casemanagerId: cm.id,
    personen: hendriks,
  });
  c2 = await makeCasus(db.prisma, triage.id, { datum: "2026-10-12", hermelding: true, personen: hendriks });
  await makeCasus(db.prisma, triage.id, {
    datum: "2026-04-21",
    personen: [{ bsn: null, achternaam: "Groot", voornamen: "Johanna", geboortedatum: "19480203" }],
  });
  await db.prisma.betrokkene.updateMany({ where: { achternaam: "Groot" }, data: { tussenvoegsel: "de" } });
});

const lastAudit = () => db.prisma.auditEvent.findFirst({ orderBy: { id: "desc" } });

describe("zoeken", () => {
  test("by adviesnummer: a closed advies is found again by triage and the teamleider, not by other roles", async () => {
    const a = await db.prisma.advies.create({
      data: {
        startdatum: new Date("2026-03-02T00:00:00Z"),
        einddatum: new Date("2026-03-09T00:00:00Z"),
        aard: ["01"],
        aanvullendeInformatie: [],
        functieRol: "28",
        organisatie: "10",
        behandelaarId: triage.id,
      },
    });
    const kort = a.nummer.replace(/-0+/, "-");
    for (const u of [triage, lead]) {
      const r = await zoekCasussen({ zoekterm: kort.toLowerCase() }, u);
      expect(r.advies).toMatchObject({ nummer: a.nummer, startdatum: "2026-03-02", einddatum: "2026-03-09" });
    }
    expect((await lastAudit())?.detail).toBe(`kind=adviesnummer term=${a.nummer}; results=1; advies=${a.id}`);
    const cmZoekt = await zoekCasussen({ zoekterm: a.nummer }, cm);
    expect(cmZoekt).toMatchObject({ advies: null, geenToegang: expect.stringMatching(/voordeur en de teamleider/) });
    expect(await lastAudit()).toMatchObject({ outcome: "DENIED", userId: cm.id });
    expect((await zoekCasussen({ zoekterm: "A2026-999999" }, triage)).advies).toBeNull();
  });

  test("by casusnummer: the casus with its betrokkenen; audited with the number", async () => {
    const r = await zoekCasussen({ zoekterm: c2.casus.nummer.toLowerCase() }, triage);
    expect(r.casussen.map((c) => c.nummer)).toEqual([c2.casus.nummer]);
    expect(r.casussen[0].personen.map((p) => p.naam)).toEqual(["Kevin Hendriks", "Lieke Hendriks"]);
    const e = await lastAudit();
    expect(e).toMatchObject({ action: "READ", entityType: "zoekopdracht", casusId: c2.casus.id, userId: triage.id });
    expect(e?.detail).toContain(`kind=casusnummer term=${c2.casus.nummer}`);
    expect([...e!.betrokkeneIds].sort()).toEqual(c2.betrokkenen.map((b) => b.id).sort());
  });

  test("by meldingnummer", async () => {
    const r = await zoekCasussen({ zoekterm: c1.melding.nummer }, lead);
    expect(r.casussen.map((c) => c.nummer)).toEqual([c1.casus.nummer]);
    expect((await lastAudit())?.detail).toContain("kind=meldingnummer");
  });

  test("by BSN: every casus of the person, newest first; the BSN is not in the audit log", async () => {
    // Triage finds only what is in the voordeur (need to know); the teamleider every casus of the person.
    const t = await zoekCasussen({ zoekterm: "390996038" }, triage);
    expect(t.casussen.map((c) => c.nummer)).toEqual([c2.casus.nummer]);
    const r = await zoekCasussen({ zoekterm: "390996038" }, lead);
    expect(r.casussen.map((c) => c.nummer)).toEqual([c2.casus.nummer, c1.casus.nummer]);
    expect(r.casussen[0].personen.map((p) => p.naam)).toEqual(["Lieke Hendriks"]);
    expect(r.casussen[1].stageLabel).toBe("Gesloten");
    const e = await lastAudit();
    expect(e?.detail).toMatch(/^kind=bsn; results=2; casus=/);
    expect(JSON.stringify(e, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain("390996038");
    expect(e?.betrokkeneIds).toHaveLength(2);
  });

  test("by name, with tussenvoegsel and with a (partly known) geboortedatum; the name is not in the audit log", async () => {
    expect((await zoekCasussen({ zoekterm: "hendriks" }, lead)).casussen).toHaveLength(2);
    expect((await zoekCasussen({ zoekterm: "de Groot" }, lead)).casussen[0].personen[0].naam).toBe("Johanna de Groot");
    const kevin = await zoekCasussen({ zoekterm: "Hendriks 12-03-1984" }, lead);
    expect(kevin.casussen.flatMap((c) => c.personen.map((p) => p.naam))).toEqual(["Kevin Hendriks", "Kevin Hendriks"]);
    const lieke = await zoekCasussen({ zoekterm: "Hendriks 14-09-2015" }, lead);
    expect(lieke.casussen.flatMap((c) => c.personen.map((p) => p.naam))).toEqual(["Lieke Hendriks", "Lieke Hendriks"]);
    const e = await lastAudit();
    expect(e?.detail).toMatch(/^kind=naam\+geboortedatum; results=2/);
    expect(e?.detail).not.toMatch(/hendriks|2015/i);
  });

  test("a case manager finds only the casussen assigned to them", async () => {
    const r = await zoekCasussen({ zoekterm: "390996038" }, cm);
    expect(r.casussen.map((c) => c.nummer)).toEqual([c1.casus.nummer]);
    expect((await zoekCasussen({ zoekterm: c2.casus.nummer }, cm)).casussen).toEqual([]);
  });

  test("an invalid BSN gives a Dutch message; nothing is searched and the refusal is logged without the term", async () => {
    const before = await lastAudit();
    const p = zoekCasussen({ zoekterm: "908301663" }, triage);
    await expect(p).rejects.toBeInstanceOf(ValidationFailed);
    await expect(zoekCasussen({ zoekterm: "908301663" }, triage)).rejects.toMatchObject({
      fieldErrors: { zoekterm: "Dit BSN voldoet niet aan de elfproef" },
    });
    await expect(zoekCasussen({ zoekterm: "x".repeat(500) }, triage)).rejects.toMatchObject({
      fieldErrors: { zoekterm: "De zoekterm mag hoogstens 100 tekens lang zijn." },
    });
    const refused = await db.prisma.auditEvent.findMany({ where: { id: { gt: before?.id ?? 0n } } });
    expect(refused.map((e) => e.outcome)).toEqual(["FAILURE", "FAILURE", "FAILURE"]);
    expect(refused.map((e) => e.detail).join(" ")).not.toMatch(/908301663|xxx/);
  });

  test("the beheerder may not search: Forbidden, audited as DENIED", async () => {
    await expect(zoekCasussen({ zoekterm: "Hendriks" }, beheerder)).rejects.toBeInstanceOf(Forbidden);
    expect(await lastAudit()).toMatchObject({ userId: beheerder.id, outcome: "DENIED", entityType: "zoekopdracht" });
  });
});
