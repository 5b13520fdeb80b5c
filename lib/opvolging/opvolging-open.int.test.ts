// melding."opvolgingOpen", kept by triggers (decision 022): true while the terugkoppeling is not recorded or a
// betrokkene is neither informed nor recorded as not to be informed; recomputed when either side changes.
import { beforeAll, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { d, makeCasus, makeTeam, type Team } from "@/lib/testing/factories";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

const open = async (id: number) =>
  (await db.prisma.melding.findUniqueOrThrow({ where: { id }, select: { opvolgingOpen: true } })).opvolgingOpen;

test("open until the melder heard back and every betrokkene is informed or recorded as not to be", async () => {
  const { melding, betrokkenen } = await makeCasus(db.prisma, team.triage.id, {
    datum: "2026-10-01",
    personen: [
      { bsn: null, voornamen: "Kind", geboortedatum: "20200101", rol: "KIND" },
      { bsn: null, voornamen: "Ouder", geboortedatum: "19850615", rol: "SLACHTOFFER" },
    ],
    beoordeling: { datum: "2026-10-03", inhoud: "02", besluitMetId: team.gw.id },
  });
  expect(await open(melding.id)).toBe(true);
  await db.prisma.melding.update({
    where: { id: melding.id },
    data: {
      terugkoppelingOp: d("2026-10-05"),
      terugkoppelingWijze: "telefonisch",
      terugkoppelingVastgelegdOp: new Date(),
    },
  });
  expect(await open(melding.id)).toBe(true); // nobody informed yet
  const mb = (betrokkeneId: number) => ({ meldingId_betrokkeneId: { meldingId: melding.id, betrokkeneId } });
  await db.prisma.meldingBetrokkene.update({
    where: mb(betrokkenen[0].id),
    data: { geinformeerdOp: d("2026-10-06"), informeerWijze: "brief" },
  });
  expect(await open(melding.id)).toBe(true);
  await db.prisma.meldingBetrokkene.update({ where: mb(betrokkenen[1].id), data: { nietGeinformeerd: "veiligheid" } });
  expect(await open(melding.id)).toBe(false);
  // A correction takes an informing back: open again; the terugkoppeling taken back likewise.
  await db.prisma.meldingBetrokkene.update({
    where: mb(betrokkenen[0].id),
    data: { geinformeerdOp: null, informeerWijze: null },
  });
  expect(await open(melding.id)).toBe(true);
  await db.prisma.meldingBetrokkene.update({
    where: mb(betrokkenen[0].id),
    data: { geinformeerdOp: d("2026-10-07"), informeerWijze: "email" },
  });
  expect(await open(melding.id)).toBe(false);
  await db.prisma.melding.update({
    where: { id: melding.id },
    data: { terugkoppelingOp: null, terugkoppelingWijze: null, terugkoppelingVastgelegdOp: null },
  });
  expect(await open(melding.id)).toBe(true);
  await db.prisma.melding.update({
    where: { id: melding.id },
    data: { terugkoppelingNietMogelijk: "Melder anoniem", terugkoppelingVastgelegdOp: new Date() },
  });
  expect(await open(melding.id)).toBe(false);
});

test("a betrokkene added to a finished melding opens it again; removing them closes it", async () => {
  const { melding, betrokkenen, casus } = await makeCasus(db.prisma, team.triage.id, { datum: "2026-10-02" });
  await db.prisma.meldingBetrokkene.updateMany({
    where: { meldingId: melding.id },
    data: { geinformeerdOp: d("2026-10-04"), informeerWijze: "gesprek" },
  });
  await db.prisma.melding.update({
    where: { id: melding.id },
    data: { terugkoppelingOp: d("2026-10-04"), terugkoppelingWijze: "email", terugkoppelingVastgelegdOp: new Date() },
  });
  expect(await open(melding.id)).toBe(false);
  const extra = await db.prisma.betrokkene.create({
    data: {
      casusId: casus.id,
      persoonsvolgnummer: betrokkenen.length + 1,
      voornamen: "Broer",
      achternaam: "Jansen",
      geboortedatum: "20180301",
      postcode: "1011AB",
      huisnummer: "1",
      rol: "KIND",
    },
  });
  await db.prisma.meldingBetrokkene.create({
    data: { meldingId: melding.id, casusId: casus.id, betrokkeneId: extra.id },
  });
  expect(await open(melding.id)).toBe(true);
  await db.prisma.meldingBetrokkene.delete({
    where: { meldingId_betrokkeneId: { meldingId: melding.id, betrokkeneId: extra.id } },
  });
  expect(await open(melding.id)).toBe(false);
});
