// Geheim adres: set with a reason by who may write in the dossier; then the address and phone are shown only to
// the casus's casemanager and the teamleider — masked on the casus page, the melding page, the radar and the
// correction form for everyone else — and a correction by someone who can not see them leaves them as they are.
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { makeTeam, makeTeamCasus, type Team } from "@/lib/testing/factories";
import { RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { getCasusOverview } from "@/lib/casus/queries";
import { getMeldingDetail } from "@/lib/melding/queries";
import { getBetrokkeneVoorCorrectie, getWijzigingshistorie } from "@/lib/correctie/queries";
import { ADRES_AFGESCHERMD } from "./adres";
import { setGeheimAdres } from "./geheim-adres";
import { searchBetrokkenen } from "./queries";

const db = freshTestDb();
let team: Team;
beforeAll(async () => {
  team = await makeTeam(db.prisma);
});

const ADRES = {
  straat: "Geheimstraat",
  huisnummer: "7",
  postcode: "1234AB",
  woonplaats: "Utrecht",
  telefoon: "0612345678",
};

async function geheimeCasus(casemanager: "cm" | null) {
  const x = await makeTeamCasus(db.prisma, team, casemanager ? {} : { casemanager: null });
  await db.prisma.betrokkene.update({ where: { id: x.betrokkene.id }, data: ADRES });
  return x;
}

describe("geheim adres", () => {
  test("set with a reason, once; recorded in the history", async () => {
    const x = await geheimeCasus("cm");
    const invoer = { casusnummer: x.casus.nummer, id: x.betrokkene.id, geheim: "ja", reden: "" };
    expect(await setGeheimAdres(invoer, team.cm).catch((e) => e)).toBeInstanceOf(ValidationFailed);
    await setGeheimAdres({ ...invoer, reden: "Vrouwenopvang, adres mag niet bekend worden" }, team.cm);
    await expect(setGeheimAdres({ ...invoer, reden: "nog eens" }, team.cm)).rejects.toBeInstanceOf(RuleViolation);
    const c = await db.prisma.correctie.findFirstOrThrow({
      where: { entityType: "betrokkene", entityId: x.betrokkene.id },
    });
    expect(JSON.stringify(c)).toContain("Geheim adres");
  });

  test("shown to the casemanager and the teamleider only; masked on every page for others", async () => {
    const x = await geheimeCasus("cm");
    await setGeheimAdres(
      { casusnummer: x.casus.nummer, id: x.betrokkene.id, geheim: "ja", reden: "Vrouwenopvang" },
      team.cm,
    );
    for (const user of [team.cm, team.tl]) {
      const o = await getCasusOverview(user, x.casus.nummer);
      expect(o?.betrokkenen[0]).toMatchObject({ adres: "Geheimstraat 7, 1234AB Utrecht", geheimAdres: true });
    }
    // The gedragswetenschapper decided the beoordeling, so may open the casus — but not see the address.
    const o = await getCasusOverview(team.gw, x.casus.nummer);
    expect(o?.betrokkenen[0]).toMatchObject({ adres: ADRES_AFGESCHERMD, geheimAdres: false });
    const m = await getMeldingDetail(team.gw, x.melding.nummer);
    expect(m?.betrokkenen[0]).toMatchObject({ adres: ADRES_AFGESCHERMD, telefoon: null });
    const radar = await searchBetrokkenen({ bsn: x.betrokkene.bsn! }, team.triage);
    expect(radar.personen[0].adres).toBe(ADRES_AFGESCHERMD);
    for (const seen of [o, m, radar]) {
      expect(JSON.stringify(seen)).not.toContain("Geheimstraat");
      expect(JSON.stringify(seen)).not.toContain("0612345678");
    }
  });

  test("in the voordeur only the teamleider sees it; a triage correction keeps the hidden address", async () => {
    const x = await geheimeCasus(null);
    await setGeheimAdres(
      { casusnummer: x.casus.nummer, id: x.betrokkene.id, geheim: "ja", reden: "Melder vraagt afscherming" },
      team.triage,
    );
    const form = await getBetrokkeneVoorCorrectie(team.triage, x.casus.nummer, 1);
    expect(form).toMatchObject({ straat: null, telefoon: null, afgeschermd: true });
    expect((await getBetrokkeneVoorCorrectie(team.tl, x.casus.nummer, 1))?.straat).toBe("Geheimstraat");
    expect((await getCasusOverview(team.triage, x.casus.nummer))?.betrokkenen[0].adres).toBe(ADRES_AFGESCHERMD);
  });

  test("old and new values of its address corrections are masked in the history for who may not see it", async () => {
    const x = await geheimeCasus("cm");
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
    await setGeheimAdres(
      { casusnummer: x.casus.nummer, id: x.betrokkene.id, geheim: "ja", reden: "Vrouwenopvang" },
      team.cm,
    );
    const straat = async (u: typeof team.cm) =>
      (await getWijzigingshistorie(u, x.casus.nummer))!
        .flatMap((c) => c.wijzigingen)
        .filter((w) => w.veld === "straat" || w.veld === "achternaam");
    expect(await straat(team.cm)).toEqual([
      expect.objectContaining({ veld: "straat", oud: "Oudeweg", nieuw: "Geheimstraat" }),
      expect.objectContaining({ veld: "achternaam", nieuw: "Janssen" }),
    ]);
    expect(await straat(team.gw)).toEqual([
      expect.objectContaining({ veld: "straat", oud: "afgeschermd", nieuw: "afgeschermd" }),
      expect.objectContaining({ veld: "achternaam", nieuw: "Janssen" }),
    ]);
  });
});
