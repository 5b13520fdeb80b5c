// AVG requests: due a month after receipt, once extendable by two months while open and in time, decided with a
// motivation; the eigen verklaring only with a (partly) refused correction. (Test clock: 23 November 2026.)
import { beforeAll, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeTeam, makeTeamCasus, makeUser, type Team, type TestUser } from "@/lib/testing/factories";
import { RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { besluitVerzoek, registreerVerzoek, verlengVerzoek } from "./commands";
import { getEigenVerklaringen, getVerzoek, listVerzoeken } from "./queries";

const db = freshTestDb();
let team: Team;
let privacy: TestUser;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
  privacy = await makeUser(db.prisma, "PRIVACY");
});

const nieuw = (casusnummer: string, extra: Record<string, unknown> = {}) => ({
  casusnummer,
  persoonsvolgnummer: 1,
  soort: "CORRECTIE",
  ontvangenOp: "2026-11-16",
  vanWie: "Moeder, per brief",
  omschrijving: "De gespreksverslagen van 3 oktober kloppen niet.",
  ...extra,
});

test("registered for one person, due a month later; extended once by two months; decided with motivation", async () => {
  const x = await makeTeamCasus(db.prisma, team, {});
  const fout = await registreerVerzoek(nieuw(x.casus.nummer, { persoonsvolgnummer: 9 }), privacy).catch((e) => e);
  expect(fout).toBeInstanceOf(ValidationFailed);
  expect(fout.fieldErrors.persoonsvolgnummer).toMatch(/niet in deze casus/);

  const { id } = await registreerVerzoek(nieuw(x.casus.nummer), privacy);
  expect(await getVerzoek(privacy, id)).toMatchObject({ termijnOp: "2026-12-16", verlopen: false, besluit: null });
  await verlengVerzoek({ id, version: 1, reden: "Veel dossierstukken, overleg met de casemanager nodig" }, privacy);
  expect((await getVerzoek(privacy, id))?.termijnOp).toBe("2027-02-16");
  await expect(verlengVerzoek({ id, version: 2, reden: "nog eens" }, privacy)).rejects.toBeInstanceOf(RuleViolation);

  const besluit = { id, version: 2, besluit: "AFGEWEZEN", besluitOp: "2026-11-23", motivering: "" };
  expect(await besluitVerzoek(besluit, privacy).catch((e) => e)).toBeInstanceOf(ValidationFailed);
  await besluitVerzoek(
    {
      ...besluit,
      motivering: "Het verslag geeft weer wat de medewerker waarnam.",
      eigenVerklaring: "Ik heb dat niet gezegd.",
    },
    privacy,
  );
  expect(await getVerzoek(privacy, id)).toMatchObject({
    besluit: "Afgewezen",
    eigenVerklaring: "Ik heb dat niet gezegd.",
  });
  await expect(besluitVerzoek({ ...besluit, version: 3, motivering: "x" }, privacy)).rejects.toBeInstanceOf(
    RuleViolation,
  );
  expect((await listVerzoeken(privacy)).map((v) => v.id)).toContain(id);
  // The eigen verklaring is part of the dossier: the casemanager reads it on the casus page.
  expect(await getEigenVerklaringen(team.cm, x.casus.nummer)).toEqual([
    { id, persoon: "Eva Jansen", op: "2026-11-23", tekst: "Ik heb dat niet gezegd." },
  ]);
  expect(await getEigenVerklaringen(team.cm2, x.casus.nummer)).toEqual([]);
});

test("no eigen verklaring with a granted or non-correction request; no extension after the deadline", async () => {
  const x = await makeTeamCasus(db.prisma, team, {});
  const inzage = await registreerVerzoek(nieuw(x.casus.nummer, { soort: "INZAGE" }), privacy);
  const fout = await besluitVerzoek(
    { id: inzage.id, version: 1, besluit: "AFGEWEZEN", besluitOp: "2026-11-23", motivering: "m", eigenVerklaring: "e" },
    privacy,
  ).catch((e) => e);
  expect(fout.fieldErrors.eigenVerklaring).toMatch(/alleen bij een \(deels\) afgewezen verzoek om correctie/);
  const oud = await registreerVerzoek(nieuw(x.casus.nummer, { ontvangenOp: "2026-09-01" }), privacy);
  expect((await getVerzoek(privacy, oud.id))?.verlopen).toBe(true);
  await expect(verlengVerzoek({ id: oud.id, version: 1, reden: "te laat" }, privacy)).rejects.toThrow(/verstreken/);
});
