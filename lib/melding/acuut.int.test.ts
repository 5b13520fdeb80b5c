// An acute melding: stored with its reason, at the top of the werkvoorraad, due the same day, and counted
// separately on the termijnen page (beoordeeld within 24 hours of its registration).
import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { countRows, d, makeCasus, makeUser, seedGemeenten } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { ValidationFailed } from "@/lib/auth/errors";
import { getTermijnen } from "@/lib/termijnen/queries";
import { createMelding } from "./commands";
import { getWerkvoorraad } from "./werkvoorraad";
import { meldingInvoer } from "./test-input";

const db = freshTestDb();
let triage: Actor, gw: Actor, lead: Actor;
const NOW = new Date("2026-11-23T10:00:00Z"); // Monday

beforeAll(async () => {
  await seedGemeenten(db.prisma);
  triage = await makeUser(db.prisma, "TRIAGE");
  gw = await makeUser(db.prisma, "GEDRAGSWETENSCHAPPER");
  lead = await makeUser(db.prisma, "TEAMLEIDER");
});

describe("acute melding", () => {
  test("registered with its reason, vorm van geweld and police data; a missing reason stores nothing", async () => {
    const r = await createMelding(
      meldingInvoer({
        acuut: "J",
        acuutReden: "Dreiging met een mes, kinderen thuis",
        vormenGeweld: ["lichamelijk", "getuige-partnergeweld"],
        politieRegistratienummer: "PL0900-2026123456",
        politieIncidentOp: "2026-11-19T23:10",
        tijdelijkHuisverbod: "J",
      }),
      triage,
    );
    const m = await db.prisma.melding.findUniqueOrThrow({ where: { nummer: r.nummer } });
    expect(m).toMatchObject({
      acuut: true,
      acuutReden: "Dreiging met een mes, kinderen thuis",
      vormenGeweld: ["lichamelijk", "getuige-partnergeweld"],
      politieRegistratienummer: "PL0900-2026123456",
      tijdelijkHuisverbod: true,
    });
    expect(m.politieIncidentOp?.toISOString()).toBe("2026-11-19T22:10:00.000Z");

    const before = await countRows(db.prisma);
    const e = await createMelding(meldingInvoer({ acuut: "J", acuutReden: "" }), triage).catch((x) => x);
    expect(e).toBeInstanceOf(ValidationFailed);
    expect((e as ValidationFailed).fieldErrors).toEqual({ acuutReden: "Geef kort aan waarom de melding acuut is." });
    expect(await countRows(db.prisma)).toEqual(before);
  });

  test("the database refuses an acute melding without a reason, and a vorm outside the list", async () => {
    const c = await makeCasus(db.prisma, triage.id, { datum: "2026-11-20" });
    await expect(
      db.prisma.melding.update({ where: { id: c.melding.id }, data: { acuut: true, acuutReden: null } }),
    ).rejects.toThrow(/melding_acuut_reden/);
    await expect(
      db.prisma.melding.update({ where: { id: c.melding.id }, data: { vormenGeweld: ["stalking"] } }),
    ).rejects.toThrow(/melding_vormen_geweld/);
  });

  test("acute meldingen stand at the top of the werkvoorraad in every sort; due the same day", async () => {
    const oud = await makeCasus(db.prisma, triage.id, { datum: "2026-11-02" });
    const acuutVandaag = await makeCasus(db.prisma, triage.id, { datum: "2026-11-23", acuut: true });
    const acuutGisteren = await makeCasus(db.prisma, triage.id, { datum: "2026-11-22", acuut: true });
    for (const sortering of ["termijn", "nieuwste", "nummer"]) {
      const w = await getWerkvoorraad(triage, { sortering }, NOW);
      const rijen = w.meldingen.rijen;
      const eersteNietAcuut = rijen.findIndex((m) => !m.acuut);
      expect(rijen.slice(eersteNietAcuut).some((m) => m.acuut)).toBe(false);
      expect(rijen.filter((m) => m.acuut).map((m) => m.nummer)).toEqual(
        expect.arrayContaining([acuutVandaag.melding.nummer, acuutGisteren.melding.nummer]),
      );
    }
    const w = await getWerkvoorraad(triage, {}, NOW);
    const rij = (nummer: string) => w.meldingen.rijen.find((m) => m.nummer === nummer)!;
    expect(rij(acuutVandaag.melding.nummer).familie).toBe("Jansen"); // the family name beside the numbers
    expect(rij(acuutVandaag.melding.nummer).termijn).toMatchObject({
      deadline: "2026-11-23",
      status: "vandaag",
      tekst: "Acuut — vandaag beoordelen",
    });
    // Sunday's acute melding is overdue on Monday; a non-acute one of 2 November too; the others are not.
    expect(rij(acuutGisteren.melding.nummer).termijn.status).toBe("verstreken");
    expect(rij(oud.melding.nummer).termijn.status).toBe("verstreken");
    const verstreken = w.meldingen.rijen.filter((m) => m.termijn.verstreken).length;
    expect(w.verstreken).toBe(verstreken);
    const alleenAcuut = await getWerkvoorraad(triage, { acuut: "ja" }, NOW);
    expect(alleenAcuut.meldingen.rijen.every((m) => m.acuut)).toBe(true);
    expect(alleenAcuut.meldingen.pagina.totaal).toBe(w.meldingen.rijen.filter((m) => m.acuut).length);
    const verstrekenFilter = await getWerkvoorraad(triage, { termijn: "verstreken" }, NOW);
    expect(verstrekenFilter.meldingen.pagina.totaal).toBe(verstreken);
  });

  test("termijnen: the acute deadline is the same day, and the 24-hour share is counted apart", async () => {
    const b = (datum: string) => ({ datum, besluitMetId: gw.id, vastgesteldDoorId: gw.id });
    // Tue 3 Feb 2026: one acute melding beoordeeld the same day within hours, one the next day after 30 hours.
    const snel = await makeCasus(db.prisma, triage.id, {
      datum: "2026-02-03",
      acuut: true,
      beoordeling: b("2026-02-03"),
    });
    const traag = await makeCasus(db.prisma, triage.id, {
      datum: "2026-02-03",
      acuut: true,
      beoordeling: b("2026-02-04"),
    });
    const gewoon = await makeCasus(db.prisma, triage.id, { datum: "2026-02-03", beoordeling: b("2026-02-04") });
    const at = (s: string) => new Date(s);
    for (const [c, melding, beoordeling] of [
      [snel, "2026-02-03T08:00:00Z", "2026-02-03T12:00:00Z"],
      [traag, "2026-02-03T08:00:00Z", "2026-02-04T14:00:00Z"],
    ] as const) {
      await db.prisma.melding.update({ where: { id: c.melding.id }, data: { createdAt: at(melding) } });
      await db.prisma.veiligheidsbeoordeling.update({
        where: { id: c.beoordeling!.id },
        data: { createdAt: at(beoordeling) },
      });
    }
    const t = await getTermijnen(lead, { van: d("2026-02-01"), tot: d("2026-02-28") }, NOW);
    expect(t.acuut).toEqual({ n: 2, opTijd: 1, percentage: 50 });
    // 5 werkdagen: the ordinary one of 4 Feb is on time, the acute one of 4 Feb is late (due 3 Feb).
    expect(t.beoordelingen).toMatchObject({ n: 3, opTijd: 2 });
    expect(t.beoordelingen.teLaat.rijen).toEqual([
      expect.objectContaining({ nummer: traag.melding.nummer, deadline: "2026-02-03", afgerond: "2026-02-04" }),
    ]);
    expect(gewoon.melding.nummer).not.toBe(traag.melding.nummer);
  });
});
