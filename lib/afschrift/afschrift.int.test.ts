// The afschrift of an inzage request, read back from the PDF's own text (unpdf): the person's data from every
// dossier they are in, the journaalregels marked shareable and who accessed the dossiers — never the anonymous
// melder, a melder's contact details, another betrokkene, a geheim adres or an unshared journaalregel.
import { beforeAll, expect, test } from "vitest";
import { extractText } from "unpdf";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { addMelding, d, makeCasus, makeTeam, makeUser, type Team, type TestUser } from "@/lib/testing/factories";
import { writeAudits } from "@/lib/auth/audit";
import { Forbidden, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { registreerVerzoek } from "@/lib/verzoek/commands";
import { kiesDeelbareRegels } from "./commands";
import { journaalVoorInzage, maakAfschrift } from "./queries";

const db = freshTestDb();
let team: Team;
let privacy: TestUser;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
  privacy = await makeUser(db.prisma, "PRIVACY");
});

const AHMED = { bsn: "123456782", voornamen: "Ahmed", achternaam: "Öztürk", rol: "PLEGER" as const };
const ANDER = { bsn: "432319487", voornamen: "Fatima", achternaam: "Şahin", rol: "SLACHTOFFER" as const };

async function regel(casusId: number, betrokkeneIds: number[], verslag: string, vastgelegd = true) {
  const r = await db.prisma.journaalRegel.create({
    data: {
      casusId,
      datumTijd: new Date("2026-10-02T09:00:00Z"),
      soort: "huisbezoek",
      metWie: "buurvrouw Jacobs",
      verslag,
      auteurId: team.cm.id,
      betrokkenen: { create: betrokkeneIds.map((betrokkeneId) => ({ betrokkeneId })) },
    },
  });
  // Vastleggen after the betrokkenen are linked (a trigger then fixes them).
  if (vastgelegd)
    await db.prisma.journaalRegel.update({
      where: { id: r.id },
      data: { vastgelegdOp: new Date("2026-10-02T12:00Z") },
    });
  return r;
}

async function pdfTekst(pdf: Uint8Array) {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

test("the afschrift holds the person's data and shared regels, and leaves out melder, others and secrets", async () => {
  const oud = await makeCasus(db.prisma, team.triage.id, {
    datum: "2024-02-01",
    einddatum: "2024-06-30",
    personen: [{ ...AHMED, geboortedatum: "19790512" }],
    melderNaam: "Dokter Melder",
  });
  const x = await makeCasus(db.prisma, team.triage.id, {
    datum: "2026-09-01",
    casemanagerId: team.cm.id,
    personen: [{ ...AHMED, geboortedatum: "19790512" }, ANDER],
    anoniem: true,
    melderNaam: "Buurvrouw Pietersen",
    beoordeling: { datum: "2026-09-03", besluitMetId: team.gw.id },
  });
  const [ahmed, fatima] = x.betrokkenen;
  await db.prisma.betrokkene.update({
    where: { id: ahmed.id },
    data: { geheimAdres: true, straat: "Geheimstraat", woonplaats: "Schuilhaven" },
  });
  await db.prisma.betrokkene.update({ where: { id: fatima.id }, data: { straat: "Openbaarlaan" } });
  await addMelding(db.prisma, x.casus.id, [fatima.id], team.triage.id, "2026-10-01", { melderNaam: "Juf Alleen" });
  const gedeeld = await regel(x.casus.id, [ahmed.id], "Ahmed vertelt over de afspraken met de school.");
  const nietGedeeld = await regel(x.casus.id, [ahmed.id, fatima.id], "Gesprek over de ruzie van vorige week.");
  const overAnder = await regel(x.casus.id, [fatima.id], "Alleen over Fatima: haar werk.");
  await regel(x.casus.id, [ahmed.id], "Een concept dat nog niet vastligt.", false);
  await writeAudits(db.prisma, [
    { actor: team.cm, action: "READ", entityType: "casus", entityId: x.casus.id, casusId: x.casus.id },
    { actor: team.gw, action: "READ", entityType: "betrokkene", casusId: x.casus.id, betrokkeneIds: [fatima.id] },
  ]);

  const inzage = { casusnummer: x.casus.nummer, persoonsvolgnummer: 1, ontvangenOp: "2026-11-16" };
  const { id } = await registreerVerzoek(
    { ...inzage, soort: "INZAGE", vanWie: "Ahmed zelf, per brief", omschrijving: "Een afschrift." },
    privacy,
  );

  // The privacy officer sees the vastgelegde regels about Ahmed, not those about Fatima alone nor concepts.
  const keuze = await journaalVoorInzage(privacy, id);
  expect(keuze?.regels.map((r) => r.id).sort()).toEqual([gedeeld.id, nietGedeeld.id].sort());
  const fout = await kiesDeelbareRegels({ id, regelIds: [overAnder.id] }, privacy).catch((e) => e);
  expect(fout).toBeInstanceOf(ValidationFailed);
  expect(fout.fieldErrors.regelIds).toMatch(/over deze persoon/);
  await kiesDeelbareRegels({ id, regelIds: [gedeeld.id] }, privacy);
  expect((await journaalVoorInzage(privacy, id))?.regels.find((r) => r.id === gedeeld.id)?.deelbaar).toBe(true);

  const r = await maakAfschrift(privacy, id);
  expect(Buffer.from(r!.pdf).subarray(0, 5).toString()).toBe("%PDF-");
  const tekst = await pdfTekst(r!.pdf);
  for (const moet of [
    "Ahmed Öztürk",
    "12 mei 1979",
    "123456782",
    oud.casus.nummer,
    x.casus.nummer,
    "Dokter Melder",
    "anoniem (de identiteit van de melder wordt niet gedeeld)",
    "Ahmed vertelt over de afspraken met de school.",
    "Afgeschermd (geheim adres)",
    `${team.cm.displayName} (casemanager) — ingezien: casus`,
    "Wat niet in dit afschrift staat, en waarom",
  ])
    expect(tekst).toContain(moet);
  for (const nooit of [
    "Pietersen",
    "010-1111111",
    "Fatima",
    "Şahin",
    "432319487",
    "Openbaarlaan",
    "Juf Alleen",
    "Geheimstraat",
    "Schuilhaven",
    "Jacobs",
    "ruzie van vorige week",
    "Een concept",
    team.gw.displayName,
  ])
    expect(tekst).not.toContain(nooit);

  // Audited as an export of each dossier in it.
  const events = await db.prisma.auditEvent.findMany({
    where: { entityType: "afschrift", action: "EXPORT", userId: privacy.id },
    select: { casusId: true, betrokkeneIds: true },
  });
  expect(events.map((e) => e.casusId).sort()).toEqual([oud.casus.id, x.casus.id].sort());
});

test("only for an inzage request, only by the privacy officer, and the choice is fixed once decided", async () => {
  const x = await makeCasus(db.prisma, team.triage.id, { datum: "2026-09-01", personen: [AHMED] });
  const base = { casusnummer: x.casus.nummer, persoonsvolgnummer: 1, ontvangenOp: "2026-11-16", vanWie: "Ahmed" };
  const correctie = await registreerVerzoek({ ...base, soort: "CORRECTIE", omschrijving: "Klopt niet." }, privacy);
  expect(await maakAfschrift(privacy, correctie.id)).toBeNull();
  await expect(kiesDeelbareRegels({ id: correctie.id, regelIds: [] }, privacy)).rejects.toBeInstanceOf(RuleViolation);
  const inzage = await registreerVerzoek({ ...base, soort: "INZAGE", omschrijving: "Afschrift." }, privacy);
  await expect(maakAfschrift(team.tl, inzage.id)).rejects.toBeInstanceOf(Forbidden);
  await expect(journaalVoorInzage(team.cm, inzage.id)).rejects.toBeInstanceOf(Forbidden);
  await db.prisma.verzoek.update({
    where: { id: inzage.id },
    data: { besluit: "TOEGEWEZEN", besluitOp: d("2026-11-20"), motivering: "Afschrift verstuurd." },
  });
  await expect(kiesDeelbareRegels({ id: inzage.id, regelIds: [] }, privacy)).rejects.toThrow(/al besloten/);
});
