// Afgeschermd dossier: the teamleider shields a casus; then only the listed users (always its casemanager and the
// teamleider who set it) open it, every read of it is listed under Te controleren, and lifting it restores access.
import { beforeAll, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeTeam, makeTeamCasus, makeUser, type Team, type TestUser } from "@/lib/testing/factories";
import { Forbidden, ValidationFailed } from "@/lib/auth/errors";
import { getCasusOverview } from "@/lib/casus/queries";
import { listTeControleren } from "@/lib/privacy/controle";
import { setAfscherming } from "./commands";
import { getAfschermingForm } from "./queries";

const db = freshTestDb();
let team: Team;
let tl2: TestUser;
let privacy: TestUser;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
  tl2 = await makeUser(db.prisma, "TEAMLEIDER");
  privacy = await makeUser(db.prisma, "PRIVACY");
});

test("only the listed users open an afgeschermd dossier; their reads are listed; lifting restores access", async () => {
  const x = await makeTeamCasus(db.prisma, team, {});
  const invoer = {
    casusnummer: x.casus.nummer,
    afgeschermd: "ja",
    gebruikers: [team.gw.username],
    reden: "Familie van een collega",
  };
  await expect(setAfscherming(invoer, team.cm)).rejects.toBeInstanceOf(Forbidden);
  expect(await setAfscherming({ ...invoer, gebruikers: ["bestaat-niet"] }, team.tl).catch((e) => e)).toBeInstanceOf(
    ValidationFailed,
  );
  await setAfscherming(invoer, team.tl);

  for (const u of [team.tl, team.cm, team.gw])
    expect(await getCasusOverview(u, x.casus.nummer), u.username).not.toBeNull();
  expect(await getCasusOverview(tl2, x.casus.nummer)).toBeNull();
  expect((await getCasusOverview(team.cm, x.casus.nummer))?.afgeschermd).toBe(true);

  const items = await listTeControleren(privacy);
  const gelezen = items.filter((i) => i.soort === "AFGESCHERMD" && i.casusnummer === x.casus.nummer);
  expect(gelezen.map((i) => i.username).sort()).toEqual([team.cm.username, team.gw.username, team.tl.username].sort());

  await setAfscherming({ ...invoer, afgeschermd: "nee", reden: "Collega uit dienst" }, team.tl);
  expect(await getCasusOverview(tl2, x.casus.nummer)).not.toBeNull();
  expect(await db.prisma.casusToegang.count({ where: { casusId: x.casus.id } })).toBe(0);
});

test("the afscherming page's list: the casus by number also off the teamleider's own list, audited; others refused", async () => {
  const x = await makeTeamCasus(db.prisma, team, {});
  const leeg = await getAfschermingForm(team.tl, x.casus.nummer);
  expect(leeg).toMatchObject({ nummer: x.casus.nummer, afgeschermd: false, gekozen: [] });
  const namen = leeg!.kandidaten.map((k) => k.username);
  // every active reader of case content, none of the others
  for (const u of [team.tl, team.cm, team.gw, tl2]) expect(namen).toContain(u.username);
  expect(namen).not.toContain(privacy.username);
  expect(leeg!.kandidaten.find((k) => k.username === team.cm.username)?.label).toMatch(/\(Casemanager\)$/);

  await setAfscherming(
    {
      casusnummer: x.casus.nummer,
      afgeschermd: "ja",
      gebruikers: [team.gw.username],
      reden: "Familie van een collega",
    },
    team.tl,
  );
  // tl2 can not open the dossier now, but manages its list
  expect(await getCasusOverview(tl2, x.casus.nummer)).toBeNull();
  const lijst = await getAfschermingForm(tl2, x.casus.nummer);
  expect(lijst?.afgeschermd).toBe(true);
  expect(lijst?.gekozen).toEqual([team.cm.username, team.gw.username, team.tl.username].sort());
  const [event] = await db.prisma.auditEvent.findMany({
    where: { userId: tl2.id, entityType: "casus_toegang", casusId: x.casus.id },
  });
  expect(event).toMatchObject({ action: "READ", outcome: "SUCCESS" });

  expect(await getAfschermingForm(team.tl, "C2026-999999")).toBeNull();
  await expect(getAfschermingForm(team.cm, x.casus.nummer)).rejects.toBeInstanceOf(Forbidden);
});
