// The paged work lists against the full-list rules they replace, on a synthetic organisation (tiny scale): every
// database count and order must equal what the TypeScript rules (deriveStage, the termijnen) say row by row.
import { beforeAll, describe, expect, test } from "vitest";
import { dbHandle } from "@/lib/db/client";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import type { Actor } from "@/lib/auth/audit";
import type { Role } from "@/generated/prisma/enums";
import { casusScope, casusScopeSql } from "@/lib/auth/scope";
import { deriveStage, INHOUD_VERVOLGSTAPPEN_VT } from "@/lib/domain/casus-state";
import { beoordelingTermijn } from "@/lib/domain/termijn";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { SNAPSHOT_SELECT, toCasusSnapshot } from "@/lib/casus/snapshot";
import { runSynth } from "@/lib/synth/run";
import { SCALES } from "@/lib/synth/scales";
import { getWerkvoorraad } from "@/lib/melding/werkvoorraad";
import { listMijnCasussen } from "@/lib/monitoring/mijn-casussen";
import { PAGINA_GROOTTE } from "@/lib/lijst/params";
import { Prisma } from "@/generated/prisma/client";
import { OPEN_STAGES, STAGE_WHERE, TOEWIJZEN_WHERE } from "./stage-where";
import { casusAantallenSql, type CasusAantallen } from "./aantallen-sql";
import { afTeSluitenWhere } from "@/lib/casus/voordeur-afsluiten";
import { getTeamOverzicht } from "./queries";

const db = freshTestDb();
const NOW = new Date("2026-11-23T10:00:00+01:00");
const today = todayInAmsterdam(NOW);
let users: Actor[];
const actor = (role: Role) => users.find((u) => u.role === role)!;

beforeAll(async () => {
  await runSynth(db.prisma, dbHandle()!, { scale: SCALES.small, seed: 11, jaar: 2026 });
  users = (await db.prisma.user.findMany({ select: { id: true, username: true, role: true } })).map((u) => ({ ...u }));
});

describe("work lists at scale agree with the rules row by row", () => {
  test("each open casus is in exactly the phase deriveStage gives it, and in the right 'wacht op casemanager' group", async () => {
    const open = await db.prisma.casus.findMany({
      where: { einddatum: null },
      select: { ...SNAPSHOT_SELECT, id: true, casemanagerId: true },
    });
    expect(open.length).toBeGreaterThan(20);
    const inFase = new Map<number, string[]>();
    for (const fase of OPEN_STAGES)
      for (const c of await db.prisma.casus.findMany({ where: STAGE_WHERE[fase], select: { id: true } }))
        inFase.set(c.id, [...(inFase.get(c.id) ?? []), fase]);
    const wacht = new Set((await db.prisma.casus.findMany({ where: TOEWIJZEN_WHERE.wacht })).map((c) => c.id));
    const alvast = new Set((await db.prisma.casus.findMany({ where: TOEWIJZEN_WHERE.alvast })).map((c) => c.id));
    const seen = new Set<string>();
    for (const c of open) {
      const stage = deriveStage(toCasusSnapshot(c));
      seen.add(stage);
      expect(inFase.get(c.id), `casus ${c.id}`).toEqual([stage]);
      const vervolg = c.meldingen.filter((m) => m.beoordeling?.inhoud === INHOUD_VERVOLGSTAPPEN_VT);
      const definitief = vervolg.some((m) => m.beoordeling?.vastgesteldOp);
      expect(wacht.has(c.id), `wacht ${c.id}`).toBe(c.casemanagerId === null && definitief);
      expect(alvast.has(c.id), `alvast ${c.id}`).toBe(c.casemanagerId === null && !definitief && vervolg.length > 0);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
    const t = await getTeamOverzicht(actor("TEAMLEIDER"), NOW);
    expect(t.fasen.reduce((n, f) => n + f.aantal, 0)).toBe(open.length);
    // the Team page's count of "wacht op casemanager" (one SQL count) is the list's condition
    expect(wacht.size).toBeGreaterThan(0);
    expect(t.teToewijzen).toBe(wacht.size);
  });

  test("the Team page's counts (one SQL statement) equal the counts of their lists' conditions, in every scope", async () => {
    const lead = actor("TEAMLEIDER");
    const cm = actor("CASEMANAGER");
    // What the synthetic data lacks, made of two casussen whose casemanager is taken away: a "Vervolgstappen bij VT"
    // awaiting confirmation again (alvast); a final one whose melding was withdrawn (not waiting); and a withdrawn
    // melding awaiting its beoordeling.
    const finalVT = await db.prisma.veiligheidsbeoordeling.findMany({
      where: { inhoud: INHOUD_VERVOLGSTAPPEN_VT, casus: { einddatum: null, casemanagerId: { not: null } } },
      select: { id: true, casusId: true, meldingId: true, vastgesteldOp: true, vastgesteldDoorId: true },
      orderBy: { id: "asc" },
    });
    const [alvast, ingetrokkenVT] = finalVT.filter(
      (b) => b.vastgesteldOp && finalVT.filter((o) => o.casusId === b.casusId).length === 1,
    );
    const casemanagers = await db.prisma.casus.findMany({
      where: { id: { in: [alvast.casusId, ingetrokkenVT.casusId] } },
      select: { id: true, casemanagerId: true },
    });
    const anderen = await db.prisma.casus.findMany({
      where: {
        einddatum: null,
        id: { notIn: [alvast.casusId, ingetrokkenVT.casusId] },
        OR: [{ casemanagerId: null }, { casemanagerId: { not: cm.id } }],
      },
      select: { id: true, nummer: true },
      orderBy: { id: "asc" },
      take: 6,
    });
    // Afgeschermde dossiers (one opened to the lead), and a noodtoegang of the casemanager to one of them.
    const afgeschermd = anderen.slice(0, 4).map((c) => c.id);
    const nood = [anderen[1], anderen[5]].map((c, i) => ({
      id: -1 - i,
      casusId: c.id,
      casusnummer: c.nummer,
      eindOp: NOW,
    }));
    const wachtend = await db.prisma.melding.findFirstOrThrow({
      where: { beoordelingOpen: true, ingetrokkenOp: null, casus: { einddatum: null } },
      orderBy: { id: "asc" },
    });
    const ingetrokken = [ingetrokkenVT.meldingId, wachtend.id];
    try {
      await db.prisma.casus.updateMany({ where: { id: { in: afgeschermd } }, data: { afgeschermd: true } });
      await db.prisma.casusToegang.create({ data: { casusId: afgeschermd[0], userId: lead.id } });
      await db.prisma.veiligheidsbeoordeling.update({
        where: { id: alvast.id },
        data: { vastgesteldOp: null, vastgesteldDoorId: null },
      });
      await db.prisma.casus.updateMany({
        where: { id: { in: casemanagers.map((c) => c.id) } },
        data: { casemanagerId: null },
      });
      await db.prisma.melding.updateMany({
        where: { id: { in: ingetrokken } },
        data: { ingetrokkenOp: NOW, intrekReden: "Dubbel ingevoerd" },
      });
      const roles = [...new Set(users.map((u) => u.role))];
      for (const u of [...roles.map(actor), { ...cm, nood }]) {
        const scope = casusScope(u);
        const count = (where: Prisma.CasusWhereInput) => db.prisma.casus.count({ where: { AND: [scope, where] } });
        const [n] = await db.prisma.$queryRaw<CasusAantallen[]>(casusAantallenSql(casusScopeSql(u)));
        const expected: CasusAantallen = {
          open: await count({ einddatum: null }),
          beoordeling: await count(STAGE_WHERE.BEOORDELING),
          dienst: await count(STAGE_WHERE.DIENST),
          dienstStarten: await count(STAGE_WHERE.DIENST_STARTEN),
          wacht: await count(TOEWIJZEN_WHERE.wacht),
          alvast: await count(TOEWIJZEN_WHERE.alvast),
          afTeSluiten: await count(afTeSluitenWhere),
        };
        expect(n, u.role).toEqual(expected);
        if (u === lead)
          for (const [k, v] of Object.entries(expected)) expect(v, `${k} at tiny scale`).toBeGreaterThan(0);
      }
    } finally {
      await db.prisma.melding.updateMany({
        where: { id: { in: ingetrokken } },
        data: { ingetrokkenOp: null, intrekReden: null },
      });
      for (const { id, casemanagerId } of casemanagers)
        await db.prisma.casus.update({ where: { id }, data: { casemanagerId } });
      const { vastgesteldOp, vastgesteldDoorId } = alvast;
      await db.prisma.veiligheidsbeoordeling.update({
        where: { id: alvast.id },
        data: { vastgesteldOp, vastgesteldDoorId },
      });
      await db.prisma.casusToegang.deleteMany({ where: { casusId: afgeschermd[0], userId: lead.id } });
      await db.prisma.casus.updateMany({ where: { id: { in: afgeschermd } }, data: { afgeschermd: false } });
    }
  });

  test("the flags kept by the database: beoordelingOpen (no final beoordeling) and dienstGestart", async () => {
    const rows = await db.prisma.melding.findMany({
      select: {
        id: true,
        beoordelingOpen: true,
        beoordeling: { select: { id: true, vastgesteldOp: true, vastgesteldDoorId: true } },
      },
    });
    expect(rows.filter((m) => m.beoordelingOpen).length).toBeGreaterThan(0);
    for (const m of rows) expect(m.beoordelingOpen, `melding ${m.id}`).toBe(!m.beoordeling?.vastgesteldOp);
    const beoordelingen = await db.prisma.veiligheidsbeoordeling.findMany({
      select: { id: true, dienstGestart: true, _count: { select: { diensten: true } } },
    });
    for (const b of beoordelingen) expect(b.dienstGestart, `beoordeling ${b.id}`).toBe(b._count.diensten > 0);
    // Vaststellen closes it; taking the vaststelling back (a correction) opens it again; so does a removal.
    const m = rows.find((r) => r.beoordeling?.vastgesteldOp)!;
    const open = async () => (await db.prisma.melding.findUniqueOrThrow({ where: { id: m.id } })).beoordelingOpen;
    await db.prisma.veiligheidsbeoordeling.update({
      where: { id: m.beoordeling!.id },
      data: { vastgesteldOp: null, vastgesteldDoorId: null },
    });
    expect(await open()).toBe(true);
    await db.prisma.veiligheidsbeoordeling.update({
      where: { id: m.beoordeling!.id },
      data: { vastgesteldOp: m.beoordeling!.vastgesteldOp, vastgesteldDoorId: m.beoordeling!.vastgesteldDoorId },
    });
    expect(await open()).toBe(false);
  });

  test("the scope as SQL finds the same casussen as the scope as query, for every role", async () => {
    const roles = [...new Set(users.map((u) => u.role))];
    expect(roles.length).toBeGreaterThanOrEqual(5);
    for (const role of roles) {
      const u = actor(role);
      const viaQuery = (await db.prisma.casus.findMany({ where: casusScope(u), select: { id: true } })).map(
        (c) => c.id,
      );
      const viaSql = (
        await db.prisma.$queryRaw<{ id: number }[]>(Prisma.sql`SELECT c.id FROM casus c WHERE ${casusScopeSql(u)}`)
      ).map((c) => c.id);
      expect(
        viaSql.sort((a, b) => a - b),
        role,
      ).toEqual(viaQuery.sort((a, b) => a - b));
    }
  });

  test("werkvoorraad: totals and the overdue count equal the rule applied to every open melding", async () => {
    const lead = actor("TEAMLEIDER");
    const open = await db.prisma.melding.findMany({
      where: {
        casus: { einddatum: null },
        ingetrokkenOp: null,
        OR: [{ beoordeling: null }, { beoordeling: { vastgesteldOp: null } }],
      },
      select: { nummer: true, datumMelding: true, acuut: true, beoordeling: { select: { datum: true } } },
    });
    const verstreken = open.filter((m) => beoordelingTermijn(m, m.beoordeling?.datum ?? null, today).verstreken);
    const wv = await getWerkvoorraad(lead, {}, NOW);
    expect(wv.meldingen.pagina.totaal).toBe(open.length);
    expect(wv.verstreken).toBe(verstreken.length);
    const alleenVerstreken = await getWerkvoorraad(lead, { termijn: "verstreken" }, NOW);
    expect(alleenVerstreken.meldingen.pagina.totaal).toBe(verstreken.length);
    expect(alleenVerstreken.meldingen.rijen.every((m) => m.termijn.verstreken)).toBe(true);
  });

  test("mijn casussen: the database's urgency order is the order of the deadlines the page shows", async () => {
    const cms = users.filter((u) => u.role === "CASEMANAGER");
    let checked = 0;
    for (const cm of cms) {
      const open = await db.prisma.casus.count({ where: { casemanagerId: cm.id, einddatum: null } });
      const rijen = [];
      const eerste = await listMijnCasussen(cm, {}, NOW);
      expect(eerste.pagina.totaal).toBe(open);
      for (let p = 1; p <= eerste.pagina.paginas; p++)
        rijen.push(...(await listMijnCasussen(cm, { pagina: String(p) }, NOW)).rijen);
      expect(rijen).toHaveLength(open);
      const dagen = rijen.map((r) => r.termijn?.dagen ?? Infinity);
      expect(dagen).toEqual([...dagen].sort((a, b) => a - b));
      expect(eerste.verstreken).toBe(rijen.filter((r) => r.termijn?.verstreken).length);
      checked += open;
    }
    expect(checked).toBeGreaterThan(PAGINA_GROOTTE);
  });
});
