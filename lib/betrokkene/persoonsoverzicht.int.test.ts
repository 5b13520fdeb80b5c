// Persoonsoverzicht: the same BSN across the casussen the user may see, with the person's role in each.
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeCasus, makeTeam, type Team } from "@/lib/testing/factories";
import { getPersoonsoverzicht } from "./persoonsoverzicht";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

describe("persoonsoverzicht", () => {
  test("every casus of the person by BSN, newest first, with the role and the others; scoped and audited", async () => {
    const moeder = { bsn: "757491182", achternaam: "Dijkstra", voornamen: "Anna", rol: "SLACHTOFFER" as const };
    const oud = await makeCasus(db.prisma, team.triage.id, {
      datum: "2024-03-04",
      einddatum: "2024-06-01",
      casemanagerId: team.cm2.id,
      personen: [
        moeder,
        { bsn: "131860914", achternaam: "Dijkstra", voornamen: "Bas", geboortedatum: "19770203", rol: "PLEGER" },
      ],
    });
    const nieuw = await makeCasus(db.prisma, team.triage.id, {
      datum: "2026-11-02",
      casemanagerId: team.cm.id,
      personen: [{ ...moeder, rol: "ANDERS" }],
    });
    const o = await getPersoonsoverzicht(team.tl, nieuw.casus.nummer, 1);
    expect(o).toMatchObject({ naam: "Anna Dijkstra", gematchtOpBsn: true });
    expect(o?.casussen.map((c) => [c.nummer, c.rol, c.dezeCasus])).toEqual([
      [nieuw.casus.nummer, "ANDERS", true],
      [oud.casus.nummer, "SLACHTOFFER", false],
    ]);
    expect(o?.casussen[1]).toMatchObject({
      einddatum: "2024-06-01",
      fase: "Gesloten",
      anderen: [{ naam: "Bas Dijkstra", rol: "PLEGER" }],
    });
    const e = await db.prisma.auditEvent.findFirst({ where: { userId: team.tl.id }, orderBy: { id: "desc" } });
    expect(e).toMatchObject({ action: "READ", entityType: "betrokkene", detail: "persoonsoverzicht: 2 casussen" });
    expect([...(e?.betrokkeneIds ?? [])].sort()).toEqual([nieuw.betrokkene.id, oud.betrokkene.id].sort());
    // The case manager of the new casus sees only what is in their scope.
    expect((await getPersoonsoverzicht(team.cm, nieuw.casus.nummer, 1))?.casussen.map((c) => c.nummer)).toEqual([
      nieuw.casus.nummer,
    ]);
    expect(await getPersoonsoverzicht(team.cm2, nieuw.casus.nummer, 1)).toBeNull();
  });
});
