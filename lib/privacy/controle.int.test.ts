// Te controleren, the volume rule: an employee who opens more dossiers in a day outside their own caseload than the
// organisation's threshold is listed; rows of work lists do not count, nor their own casussen.
import { beforeAll, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeTeam, makeTeamCasus, makeUser, type Team, type TestUser } from "@/lib/testing/factories";
import { writeAudits } from "@/lib/auth/audit";
import { getCasusOverview } from "@/lib/casus/queries";
import { listTeControleren } from "./controle";

const db = freshTestDb();
let team: Team;
let privacy: TestUser;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
  privacy = await makeUser(db.prisma, "PRIVACY");
  await db.prisma.organisatie.upsert({
    where: { id: 1 },
    update: { controleDossiersPerDag: 3 },
    create: { id: 1, naam: "VT", vtRegioCode: "VT07", kvkNummer: "12345678", controleDossiersPerDag: 3 },
  });
});

test("more dossiers opened outside the caseload than the threshold: listed once per employee and day", async () => {
  const casussen: Awaited<ReturnType<typeof makeTeamCasus>>[] = [];
  for (let i = 0; i < 4; i++) casussen.push(await makeTeamCasus(db.prisma, team, {}));
  // The teamleider opens four dossiers of casemanager cm; cm opens the same four (their own caseload).
  for (const x of casussen) {
    expect(await getCasusOverview(team.tl, x.casus.nummer)).not.toBeNull();
    expect(await getCasusOverview(team.cm, x.casus.nummer)).not.toBeNull();
  }
  // A gedragswetenschapper sees 20 rows of a work list: not "opening" a dossier.
  await db.prisma.$transaction((tx) =>
    writeAudits(
      tx,
      casussen.map((x) => ({
        actor: team.gw,
        action: "READ" as const,
        entityType: "veiligheidsbeoordeling",
        casusId: x.casus.id,
        detail: "list",
      })),
    ),
  );
  const volume = (await listTeControleren(privacy)).filter((i) => i.soort === "VOLUME");
  expect(volume.map((i) => i.username)).toEqual([team.tl.username]);
  expect(volume[0].omschrijving).toMatch(/^4 dossiers buiten de eigen caseload ingezien op .* \(drempel 3\)$/);
});
