import { expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeUser } from "@/lib/testing/factories";
import { saveInstellingen } from "./commands";
import { grantsFor } from "@/lib/auth/grants";
import { Forbidden, ValidationFailed } from "@/lib/auth/errors";

const db = freshTestDb();

const geldig = {
  naam: "Veilig Thuis Twente",
  vtRegioCode: "VT19",
  kvkNummer: "12345678",
  monitoringIntervalDagen: "56",
  terugkoppelingWerkdagen: "3",
  controleDossiersPerDag: "40",
  bewaartermijnJaren: "15",
  leveringBewaarJaren: "3",
  beheerderLogInzage: "nee",
};

test("the beheerder sets the organisation data and the monitoring interval, audited", async () => {
  const b = await makeUser(db.prisma, "BEHEERDER");
  await saveInstellingen(geldig, b);
  expect(await db.prisma.organisatie.findUnique({ where: { id: 1 } })).toMatchObject({
    vtRegioCode: "VT19",
    monitoringIntervalDagen: 56,
    terugkoppelingWerkdagen: 3,
    bewaartermijnJaren: 15,
    leveringBewaarJaren: 3,
  });
  expect(
    await db.prisma.auditEvent.count({ where: { entityType: "organisatie", userId: b.id, action: "UPDATE" } }),
  ).toBe(1);
});

test("bad values get a Dutch message per field and change nothing; other roles are refused", async () => {
  const b = await makeUser(db.prisma, "BEHEERDER");
  const err = await saveInstellingen(
    { ...geldig, vtRegioCode: "18", kvkNummer: "12", monitoringIntervalDagen: "0", bewaartermijnJaren: "21" },
    b,
  ).catch((e) => e);
  expect(err).toBeInstanceOf(ValidationFailed);
  expect(err.fieldErrors).toMatchObject({
    vtRegioCode: expect.stringMatching(/VTnn/),
    kvkNummer: expect.stringMatching(/8 cijfers/),
    monitoringIntervalDagen: expect.stringMatching(/minstens 7/),
    bewaartermijnJaren: "De Wmo 2015 staat hoogstens 20 jaar toe.",
  });
  await expect(
    saveInstellingen({ ...geldig, monitoringIntervalDagen: "7" }, await makeUser(db.prisma, "TEAMLEIDER")),
  ).rejects.toBeInstanceOf(Forbidden);
  expect((await db.prisma.organisatie.findUnique({ where: { id: 1 } }))?.monitoringIntervalDagen).toBe(56);
});

test("separation of duties: the log views are the beheerder's only when the organisation says so", async () => {
  const b = await makeUser(db.prisma, "BEHEERDER");
  expect(await grantsFor("BEHEERDER")).toEqual([]);
  await saveInstellingen({ ...geldig, beheerderLogInzage: "ja" }, b);
  expect(await grantsFor("BEHEERDER")).toEqual(["audit:read"]);
  expect(await grantsFor("TEAMLEIDER")).toEqual([]);
  await saveInstellingen(geldig, b);
  expect(await grantsFor("BEHEERDER")).toEqual([]);
});
