// The search's one statement (treffers.ts) against the rules it replaces, on a synthetic organisation: each casus a
// search shows has the phase deriveStage gives its Prisma snapshot, its gemeente's newest name, its casemanager and
// the right betrokkenen; a BSN search finds exactly the casussen in scope with that person, newest first.
import { beforeAll, describe, expect, test } from "vitest";
import { dbHandle } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import type { Actor } from "@/lib/auth/audit";
import type { Role } from "@/generated/prisma/enums";
import { casusScope } from "@/lib/auth/scope";
import { deriveStage, getStageLabel, type CasusStage } from "@/lib/domain/casus-state";
import { OPEN_STAGES } from "@/lib/team/stage-where";
import { toIsoDate } from "@/lib/domain/dates";
import { SNAPSHOT_SELECT, toCasusSnapshot } from "@/lib/casus/snapshot";
import { formatNaam } from "@/lib/casus/naam";
import { runSynth } from "@/lib/synth/run";
import { SCALES } from "@/lib/synth/scales";
import { zoekCasussen } from "./queries";

const db = freshTestDb();
let users: Actor[];
const actor = (role: Role) => users.find((u) => u.role === role)!;

beforeAll(async () => {
  await runSynth(db.prisma, dbHandle()!, { scale: SCALES.small, seed: 11, jaar: 2026 });
  users = (await db.prisma.user.findMany({ select: { id: true, username: true, role: true } })).map((u) => ({ ...u }));
});

/** What the result line of casus `id` should say, from Prisma and the rules. */
async function verwacht(id: number, personen?: Prisma.BetrokkeneWhereInput) {
  const c = await db.prisma.casus.findUniqueOrThrow({
    where: { id },
    select: {
      ...SNAPSHOT_SELECT,
      nummer: true,
      begindatum: true,
      gemeentecode: true,
      hermelding: true,
      casemanager: { select: { displayName: true } },
      betrokkenen: { where: personen, orderBy: { persoonsvolgnummer: "asc" } },
    },
  });
  const gemeente = c.gemeentecode
    ? await db.prisma.gemeente.findFirst({ where: { code: c.gemeentecode }, orderBy: { jaar: "desc" } })
    : null;
  return {
    nummer: c.nummer,
    begindatum: toIsoDate(c.begindatum),
    einddatum: c.einddatum ? toIsoDate(c.einddatum) : null,
    gemeente: c.gemeentecode ? `${gemeente?.naam ?? "onbekende gemeente"} (${c.gemeentecode})` : null,
    casemanager: c.casemanager?.displayName ?? null,
    hermelding: c.hermelding,
    stageLabel: getStageLabel(deriveStage(toCasusSnapshot(c))),
    personen: c.betrokkenen.map((b) => ({
      id: b.id,
      naam: formatNaam(b),
      geboortedatum: b.geboortedatum,
      rol: b.rol,
    })),
  };
}

describe("a search's result lines equal the rules, casus by casus", () => {
  test("by casusnummer: phase, gemeente, casemanager and every betrokkene, a dozen casussen of every phase", async () => {
    // A withdrawn melding no longer counts: withdraw the unjudged melding of casussen that have a judged one too.
    const open = await db.prisma.melding.findMany({
      where: {
        ingetrokkenOp: null,
        beoordeling: { is: null },
        casus: { einddatum: null, meldingen: { some: { beoordeling: { vastgesteldOp: { not: null } } } } },
      },
      select: { id: true, casusId: true },
      take: 6,
    });
    expect(open.length).toBeGreaterThan(0);
    await db.prisma.melding.updateMany({
      where: { id: { in: open.map((m) => m.id) } },
      data: {
        ingetrokkenOp: new Date(),
        ingetrokkenDoorId: actor("TEAMLEIDER").id,
        intrekReden: "Dubbel geregistreerd",
      },
    });
    const alle = await db.prisma.casus.findMany({
      select: { ...SNAPSHOT_SELECT, id: true, nummer: true },
      orderBy: { id: "asc" },
    });
    const perFase = new Map<CasusStage, typeof alle>();
    for (const c of alle) {
      const fase = deriveStage(toCasusSnapshot(c));
      const al = perFase.get(fase) ?? [];
      if (al.length < 12) perFase.set(fase, [...al, c]);
    }
    expect([...perFase.keys()].sort()).toEqual([...OPEN_STAGES, "GESLOTEN"].sort());
    const ingetrokken = alle.filter((c) => open.some((m) => m.casusId === c.id));
    for (const c of [...ingetrokken, ...[...perFase.values()].flat()]) {
      const r = await zoekCasussen({ zoekterm: c.nummer }, actor("TEAMLEIDER"));
      expect(r.casussen).toEqual([await verwacht(c.id)]);
    }
  });

  test("by BSN: the casussen in scope with that person, newest first, showing only that person", async () => {
    const personen = await db.prisma.betrokkene.findMany({
      where: { bsn: { not: null } },
      select: { bsn: true },
      distinct: ["bsn"],
      orderBy: { bsn: "asc" },
      take: 40,
    });
    let gevonden = 0;
    for (const role of ["TEAMLEIDER", "CASEMANAGER", "TRIAGE"] as const)
      for (const { bsn } of personen) {
        const user = actor(role);
        const ids = await db.prisma.casus.findMany({
          where: { AND: [casusScope(user), { betrokkenen: { some: { bsn: bsn! } } }] },
          orderBy: [{ begindatum: "desc" }, { id: "desc" }],
          select: { id: true },
        });
        const r = await zoekCasussen({ zoekterm: bsn! }, user);
        const e = await Promise.all(ids.slice(0, 50).map((c) => verwacht(c.id, { bsn: bsn! })));
        expect(r.casussen).toEqual(e);
        gevonden += e.length;
      }
    expect(gevonden).toBeGreaterThan(40);
  });

  test("by name: exact names first, then the newest; only the persons whose name starts with it", async () => {
    const namen = await db.prisma.betrokkene.findMany({
      where: { zoeknaam: { not: null } },
      select: { achternaam: true, zoeknaam: true },
      distinct: ["zoeknaam"],
      orderBy: { zoeknaam: "asc" },
      take: 25,
    });
    let gevonden = 0;
    for (const { achternaam, zoeknaam } of namen) {
      if (!achternaam || !zoeknaam || zoeknaam.length < 2) continue;
      const persoon = { zoeknaam: { startsWith: zoeknaam } };
      const casussen = await db.prisma.casus.findMany({
        where: { AND: [casusScope(actor("TEAMLEIDER")), { betrokkenen: { some: persoon } }] },
        select: { id: true, begindatum: true, betrokkenen: { where: { zoeknaam }, select: { id: true } } },
      });
      casussen.sort(
        (a, b) =>
          Number(b.betrokkenen.length > 0) - Number(a.betrokkenen.length > 0) ||
          b.begindatum.getTime() - a.begindatum.getTime() ||
          b.id - a.id,
      );
      const r = await zoekCasussen({ zoekterm: achternaam }, actor("TEAMLEIDER"));
      const e = await Promise.all(casussen.slice(0, 50).map((c) => verwacht(c.id, persoon)));
      expect(r.casussen).toEqual(e);
      expect(r.teVeel).toBe(casussen.length > 50);
      gevonden += e.length;
    }
    expect(gevonden).toBeGreaterThan(25);
  });
});
