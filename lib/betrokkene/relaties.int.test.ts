// Relations within a casus (ouder van, partner van, gezag) and persons without a BSN linked by hand across casussen.
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { Forbidden, NotFound, RuleViolation } from "@/lib/auth/errors";
import { makeCasus, makeTeam, type Team } from "@/lib/testing/factories";
import { getPersoonsoverzicht } from "./persoonsoverzicht";
import { addRelatie, removeRelatie } from "./relaties";
import { koppelPersoon, ontkoppelPersoon } from "./koppelingen";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

const gezin = () =>
  makeCasus(db.prisma, team.triage.id, {
    datum: "2026-11-02",
    casemanagerId: team.cm.id,
    personen: [
      // no BSN known: only a worker's link joins them to another casus
      { bsn: null, achternaam: "Kramer", voornamen: "Ilse", geboortedatum: "19880412", rol: "SLACHTOFFER" },
      { bsn: null, achternaam: "Kramer", voornamen: "Tom", geboortedatum: "19850101", rol: "PLEGER" },
      { bsn: null, achternaam: "Kramer", voornamen: "Noor", geboortedatum: "20180300", rol: "KIND" },
    ],
  });

describe("relations between the betrokkenen of a casus", () => {
  test("are shown from each person's side; duplicates and the reverse are refused; removal is audited", async () => {
    const c = await gezin();
    const [ilse, tom, noor] = c.betrokkenen;
    const rel = (betrokkeneId: number, keuze: string, andereId: number | string) =>
      addRelatie({ casusnummer: c.casus.nummer, betrokkeneId, keuze, andereId }, team.cm);
    await rel(ilse.id, "OUDER_VAN", noor.id);
    await rel(noor.id, "KIND_VAN", tom.id);
    await rel(tom.id, "PARTNER_VAN", ilse.id);
    await rel(ilse.id, "GEZAG_OVER", noor.id);

    await expect(rel(ilse.id, "PARTNER_VAN", tom.id)).rejects.toMatchObject({
      fieldErrors: { keuze: "Deze relatie is al vastgelegd." },
    });
    await expect(rel(noor.id, "OUDER_VAN", ilse.id)).rejects.toMatchObject({
      fieldErrors: { keuze: expect.stringContaining("De omgekeerde relatie is al vastgelegd") },
    });
    await expect(rel(ilse.id, "OUDER_VAN", ilse.id)).rejects.toMatchObject({
      fieldErrors: { andereId: "Een relatie is er tussen twee verschillende personen." },
    });
    await expect(rel(ilse.id, "", noor.id)).rejects.toMatchObject({ fieldErrors: { keuze: "Kies de relatie." } });
    await expect(rel(ilse.id, "OUDER_VAN", "")).rejects.toMatchObject({
      fieldErrors: { andereId: "Kies de andere betrokkene." },
    });
    const ander = await gezin();
    await expect(rel(ilse.id, "OUDER_VAN", ander.betrokkenen[2].id)).rejects.toMatchObject({
      fieldErrors: { andereId: "Kies een betrokkene van deze casus." },
    });
    expect(await db.prisma.betrokkeneRelatie.count({ where: { casusId: c.casus.id } })).toBe(4);

    const noorZicht = await getPersoonsoverzicht(team.cm, c.casus.nummer, 3);
    expect(noorZicht?.casussen[0].relaties.map((r) => r.tekst).sort()).toEqual([
      "kind van Ilse Kramer",
      "kind van Tom Kramer",
      "staat onder gezag van Ilse Kramer",
    ]);
    const tomZicht = await getPersoonsoverzicht(team.cm, c.casus.nummer, 2);
    const partner = tomZicht!.casussen[0].relaties.find((r) => r.tekst === "partner van Ilse Kramer")!;
    expect(tomZicht?.magSchrijven).toBe(true);

    await removeRelatie({ casusnummer: c.casus.nummer, relatieId: partner.id }, team.cm);
    expect(await db.prisma.betrokkeneRelatie.count({ where: { casusId: c.casus.id } })).toBe(3);
    const ev = await db.prisma.auditEvent.findFirst({
      where: { entityType: "betrokkene_relatie", action: "DELETE" },
    });
    expect(ev).toMatchObject({ casusId: c.casus.id, userId: team.cm.id });
  });

  test("only in the dossier's write scope, on an open casus, by roles that may", async () => {
    const c = await gezin();
    const [ilse, , noor] = c.betrokkenen;
    const input = { casusnummer: c.casus.nummer, betrokkeneId: ilse.id, keuze: "OUDER_VAN", andereId: noor.id };
    await expect(addRelatie(input, team.cm2)).rejects.toBeInstanceOf(NotFound);
    await expect(addRelatie(input, team.gw)).rejects.toBeInstanceOf(Forbidden);
    await expect(addRelatie(input, team.triage)).rejects.toBeInstanceOf(RuleViolation); // no longer in the voordeur
    await db.prisma.casus.update({ where: { id: c.casus.id }, data: { einddatum: new Date("2026-11-30") } });
    await expect(addRelatie(input, team.tl)).rejects.toThrow(/De casus is gesloten/);
    expect(await db.prisma.betrokkeneRelatie.count({ where: { casusId: c.casus.id } })).toBe(0);
  });
});

describe("linking a person without a BSN to another casus", () => {
  test("suggested by name and date of birth, linked with a reason, shown in the overview, and undone", async () => {
    const eerder = await gezin();
    await db.prisma.casus.update({ where: { id: eerder.casus.id }, data: { einddatum: new Date("2026-11-20") } });
    const nu = await gezin();
    let o = await getPersoonsoverzicht(team.cm, nu.casus.nummer, 3);
    expect(o?.casussen.map((c) => c.nummer)).toEqual([nu.casus.nummer]);
    const suggestie = o!.suggesties.find((s) => s.casusnummer === eerder.casus.nummer);
    expect(suggestie).toMatchObject({ naam: "Noor Kramer", rol: "KIND" });

    const koppel = (extra: Record<string, unknown>) =>
      koppelPersoon(
        {
          casusnummer: nu.casus.nummer,
          betrokkeneId: nu.betrokkenen[2].id,
          andereId: suggestie!.id,
          reden: "",
          ...extra,
        },
        team.cm,
      );
    await expect(koppel({})).rejects.toMatchObject({ fieldErrors: { reden: "Vul reden in." } });
    await expect(koppel({ reden: "x".repeat(5000) })).rejects.toMatchObject({
      fieldErrors: { reden: "Reden mag hoogstens 500 tekens lang zijn." },
    });
    await expect(koppel({ andereId: nu.betrokkenen[1].id, reden: "Zelfde" })).rejects.toMatchObject({
      fieldErrors: { andereId: "Kies een persoon uit een andere casus." },
    });
    await koppel({ reden: "Zelfde ouders en adres; moeder bevestigt." });
    await expect(koppel({ reden: "Nogmaals" })).rejects.toMatchObject({
      fieldErrors: { andereId: "Deze personen zijn al gekoppeld." },
    });

    o = await getPersoonsoverzicht(team.cm, nu.casus.nummer, 3);
    expect(o?.casussen.map((c) => [c.nummer, c.gekoppeld])).toEqual([
      [nu.casus.nummer, false],
      [eerder.casus.nummer, true],
    ]);
    expect(o?.koppelingen).toEqual([
      expect.objectContaining({ casusnummer: eerder.casus.nummer, reden: "Zelfde ouders en adres; moeder bevestigt." }),
    ]);
    expect(o?.suggesties.find((s) => s.casusnummer === eerder.casus.nummer)).toBeUndefined();
    // A colleague outside the earlier casus's scope sees neither the link nor the casus.
    const cm2 = await getPersoonsoverzicht({ ...team.cm2 }, nu.casus.nummer, 3);
    expect(cm2).toBeNull();

    await ontkoppelPersoon({ casusnummer: nu.casus.nummer, koppelingId: o!.koppelingen[0].id }, team.cm);
    o = await getPersoonsoverzicht(team.cm, nu.casus.nummer, 3);
    expect(o?.casussen).toHaveLength(1);
    expect(await db.prisma.auditEvent.count({ where: { entityType: "persoon_koppeling", outcome: "SUCCESS" } })).toBe(
      2,
    );
  });

  test("two different real BSNs are never the same person", async () => {
    const a = await makeCasus(db.prisma, team.triage.id, {
      datum: "2026-11-02",
      casemanagerId: team.cm.id,
      personen: [{ bsn: "757491182", achternaam: "Smit", geboortedatum: "19900101", rol: "SLACHTOFFER" }],
    });
    const b = await makeCasus(db.prisma, team.triage.id, {
      datum: "2026-11-03",
      casemanagerId: team.cm.id,
      personen: [{ bsn: "131860914", achternaam: "Smit", geboortedatum: "19900101", rol: "SLACHTOFFER" }],
    });
    await expect(
      koppelPersoon(
        { casusnummer: a.casus.nummer, betrokkeneId: a.betrokkene.id, andereId: b.betrokkene.id, reden: "Lijkt zo" },
        team.cm,
      ),
    ).rejects.toMatchObject({ fieldErrors: { andereId: expect.stringContaining("verschillend BSN") } });
  });
});
