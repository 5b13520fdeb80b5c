// The casus page's documents, Wijzigingshistorie and eigen verklaringen come from one statement
// (getDossierDelen); for every role they must be exactly what the three separate reads give — the same rows, the
// same masking of a geheim adres and of the melder's identity, nothing of a withdrawn document — and leave the same
// audit events. (Test clock: 23 November 2026.)
import fs from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeTeam, makeTeamCasus, makeUser, type Team, type TestUser } from "@/lib/testing/factories";
import { addDocument, withdrawDocument } from "@/lib/document/commands";
import { getDocumenten } from "@/lib/document/queries";
import { getWijzigingshistorie } from "@/lib/correctie/queries";
import { getEigenVerklaringen } from "@/lib/verzoek/queries";
import { besluitVerzoek, registreerVerzoek } from "@/lib/verzoek/commands";
import { setGeheimAdres } from "@/lib/betrokkene/geheim-adres";
import { getDossierDelen } from "./dossier-delen";

const db = freshTestDb();
let team: Team;
let privacy: TestUser;
let vol: string;
let leeg: string;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
  privacy = await makeUser(db.prisma, "PRIVACY");
  const x = await makeTeamCasus(db.prisma, team, {});
  vol = x.casus.nummer;
  leeg = (await makeTeamCasus(db.prisma, team, {})).casus.nummer;
  const upload = (titel: string, hoortBij: string) => ({
    casusnummer: vol,
    titel,
    soort: "zorgmelding_politie",
    datum: "2026-11-12",
    hoortBij,
    bestandsnaam: "zorgmelding.pdf",
    inhoud: new Uint8Array(fs.readFileSync("e2e/fixtures/bestanden/zorgmelding.pdf")),
  });
  await addDocument(upload("Zorgmelding", `melding:${x.melding.id}`), team.cm);
  await addDocument(upload("Verslag school", `betrokkene:${x.betrokkene.id}`), team.cm);
  const weg = await addDocument(upload("Verkeerd dossier", ""), team.cm);
  await withdrawDocument({ id: weg.id, version: 1, reden: "Hoort bij een ander gezin" }, team.tl);
  await setGeheimAdres({ casusnummer: vol, id: x.betrokkene.id, geheim: "ja", reden: "Vrouwenopvang" }, team.cm);
  await db.prisma.correctie.create({
    data: {
      casusId: x.casus.id,
      entityType: "betrokkene",
      entityId: x.betrokkene.id,
      reden: "Verhuisd",
      wijzigingen: [
        { veld: "straat", label: "Straat", oud: "Oudeweg", nieuw: "Geheimstraat" },
        { veld: "achternaam", label: "Achternaam", oud: "Jansen", nieuw: "Janssen" },
      ],
      doorId: team.cm.id,
    },
  });
  await db.prisma.correctie.create({
    data: {
      casusId: x.casus.id,
      entityType: "melding",
      entityId: x.melding.id,
      reden: "Melder verkeerd gespeld",
      wijzigingen: [{ veld: "melderNaam", label: "Naam melder", oud: "Pietersen", nieuw: "Pieters", gevoelig: true }],
      doorId: team.cm.id,
    },
  });
  const verzoek = await registreerVerzoek(
    {
      casusnummer: vol,
      persoonsvolgnummer: 1,
      soort: "CORRECTIE",
      ontvangenOp: "2026-11-16",
      vanWie: "Moeder, per brief",
      omschrijving: "Het verslag klopt niet.",
    },
    privacy,
  );
  await besluitVerzoek(
    {
      id: verzoek.id,
      version: 1,
      besluit: "AFGEWEZEN",
      besluitOp: "2026-11-23",
      motivering: "Het verslag geeft weer wat de medewerker waarnam.",
      eigenVerklaring: "Ik heb dat niet gezegd.",
    },
    privacy,
  );
});

const eventsVan = async (user: TestUser, voor: bigint) =>
  (await db.prisma.auditEvent.findMany({ where: { userId: user.id, id: { gt: voor } }, orderBy: { id: "asc" } })).map(
    (e) => [e.action, e.entityType, e.entityId, e.casusId, e.betrokkeneIds, e.outcome, e.detail],
  );
const laatste = async () => (await db.prisma.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? BigInt(0);

describe("getDossierDelen", () => {
  test("the casus shows its parts: two documents, three corrections (one the geheim adres), one eigen verklaring", async () => {
    const d = (await getDossierDelen(team.cm, vol))!;
    expect(d.documenten.map((x) => [x.titel, x.hoortBij])).toEqual([
      ["Verslag school", "Eva Jansen"],
      ["Zorgmelding", expect.stringMatching(/^Melding M/)],
    ]);
    expect(d.correcties.map((c) => c.reden)).toEqual(["Melder verkeerd gespeld", "Verhuisd", "Vrouwenopvang"]);
    expect(d.verklaringen).toEqual([
      expect.objectContaining({ persoon: "Eva Jansen", tekst: "Ik heb dat niet gezegd." }),
    ]);
    expect(await getDossierDelen(team.cm, leeg)).toEqual({ documenten: [], correcties: [], verklaringen: [] });
  });

  for (const rol of ["cm", "gw", "tl", "cm2", "triage"] as const)
    test(`equals the three separate reads, rows and audit events, for ${rol}`, async () => {
      const user = team[rol];
      for (const nummer of [vol, leeg]) {
        const a = await laatste();
        const samen = await getDossierDelen(user, nummer);
        const samenEvents = await eventsVan(user, a);
        const b = await laatste();
        const apart = {
          documenten: await getDocumenten(user, nummer),
          correcties: await getWijzigingshistorie(user, nummer),
          verklaringen: await getEigenVerklaringen(user, nummer),
        };
        const apartEvents = await eventsVan(user, b);
        if (apart.documenten === null) expect(samen).toBeNull();
        else expect(samen).toEqual(apart);
        expect(samenEvents).toEqual(apartEvents);
      }
    });

  test("masks as the history does: the geheim adres for the gedragswetenschapper, the melder for the casemanager", async () => {
    const velden = async (u: TestUser) =>
      Object.fromEntries(
        ((await getDossierDelen(u, vol))?.correcties ?? []).flatMap((c) => c.wijzigingen).map((w) => [w.veld, w.oud]),
      );
    expect(await velden(team.cm)).toEqual({
      geheimAdres: "nee",
      straat: "Oudeweg",
      achternaam: "Jansen",
      melderNaam: "afgeschermd",
    });
    expect(await velden(team.gw)).toEqual({
      geheimAdres: "nee",
      straat: "afgeschermd",
      achternaam: "Jansen",
      melderNaam: "Pietersen",
    });
  });
});
