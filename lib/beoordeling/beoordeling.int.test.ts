import { beforeAll, describe, expect, test } from "vitest";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { countRows, makeUser, seedGemeenten } from "@/lib/testing/factories";
import type { Actor } from "@/lib/auth/audit";
import { Conflict, Forbidden, RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { createMelding } from "@/lib/melding/commands";
import { getWerkvoorraad } from "@/lib/melding/werkvoorraad";
import { meldingInvoer, persoonInvoer } from "@/lib/melding/test-input";
import { confirmBeoordeling, recordBeoordeling, updateBeoordeling } from "./commands";
import { getBeoordelingPagina, listBeoordelingenTeBevestigen } from "./queries";
import type { TBeoordelingNieuwInput } from "./schema";

const db = freshTestDb();
let triage: Actor, triage2: Actor, gw: Actor, teamleider: Actor;
const bsns = ["123456782", "111222333", "948219932", "291703422", "366712767", "842684657", "685995288"];
let next = 0;
beforeAll(async () => {
  await seedGemeenten(db.prisma);
  triage = await makeUser(db.prisma, "TRIAGE");
  triage2 = await makeUser(db.prisma, "TRIAGE", "youssef");
  gw = await makeUser(db.prisma, "GEDRAGSWETENSCHAPPER");
  teamleider = await makeUser(db.prisma, "TEAMLEIDER");
});

const nieuweMelding = (datumMelding = "2026-11-19") =>
  createMelding(meldingInvoer({ datumMelding, betrokkenen: [persoonInvoer({ bsn: bsns[next++] })] }), triage);
const invoer = (meldingNummer: string, extra: Partial<TBeoordelingNieuwInput> = {}): TBeoordelingNieuwInput => ({
  meldingNummer,
  datum: "2026-11-20",
  taxatie: "02",
  inhoud: "01",
  toelichting: "Besproken met de gedragswetenschapper.",
  besluitMetId: String(gw.id),
  ...extra,
});

async function refused(fn: () => Promise<unknown>, type: unknown = ValidationFailed) {
  const before = await countRows(db.prisma);
  const e = await fn().then(
    () => null,
    (x) => x,
  );
  expect(e).toBeInstanceOf(type);
  expect(await countRows(db.prisma)).toEqual(before);
  return e;
}

describe("veiligheidsbeoordeling vastleggen", () => {
  test("datum before the melding, in the future, besloten met oneself or a casemanager: refused", async () => {
    const m = await nieuweMelding();
    expect(
      (await refused(() => recordBeoordeling(invoer(m.nummer, { datum: "2026-11-18" }), triage))).fieldErrors.datum,
    ).toMatch(/vóór de datum melding/);
    expect(
      (await refused(() => recordBeoordeling(invoer(m.nummer, { datum: "2999-11-18" }), triage))).fieldErrors.datum,
    ).toMatch(/toekomst/);
    expect(
      (await refused(() => recordBeoordeling(invoer(m.nummer, { besluitMetId: String(triage.id) }), triage)))
        .fieldErrors.besluitMetId,
    ).toMatch(/niet uzelf/);
    expect(
      (await refused(() => recordBeoordeling(invoer(m.nummer, { besluitMetId: "" }), triage))).fieldErrors.besluitMetId,
    ).toBe("Kies met wie is besloten.");
    const cm = await makeUser(db.prisma, "CASEMANAGER");
    expect(
      (await refused(() => recordBeoordeling(invoer(m.nummer, { besluitMetId: String(cm.id) }), triage))).fieldErrors
        .besluitMetId,
    ).toMatch(/gedragswetenschapper/);
    expect(
      (await refused(() => recordBeoordeling(invoer(m.nummer, { taxatie: "07" }), triage))).fieldErrors.taxatie,
    ).toMatch(/geldige/);
    await refused(() => recordBeoordeling(invoer(m.nummer), gw), Forbidden);
  });

  test("recorded once per melding (never overwritten), audited; appears in the work lists", async () => {
    const m = await nieuweMelding();
    const b = await recordBeoordeling(invoer(m.nummer, { besluitMetId: String(triage2.id) }), triage);
    expect(
      await db.prisma.auditEvent.findFirst({
        where: { entityType: "veiligheidsbeoordeling", entityId: String(b.id), action: "CREATE" },
      }),
    ).toBeTruthy();
    const e = await refused(() => recordBeoordeling(invoer(m.nummer), triage2), RuleViolation);
    expect(e.message).toMatch(/al een veiligheidsbeoordeling/);
    const lijst = await listBeoordelingenTeBevestigen(gw);
    expect(lijst.rijen.map((x) => x.meldingNummer)).toContain(m.nummer);
    const wv = await getWerkvoorraad(triage);
    expect(wv.meldingen.rijen.find((x) => x.nummer === m.nummer)?.status).toBe("wacht op vaststelling");
    expect(
      await db.prisma.auditEvent.findFirst({
        where: { entityType: "werkvoorraad", userId: triage.id },
        orderBy: { id: "desc" },
      }),
    ).toMatchObject({
      action: "READ",
      detail: expect.stringMatching(/^meldingen \d+ of \d+ \(page 1\), adviezen \d+ of \d+$/),
    });
  });

  test("an overdue melding is marked in the work list", async () => {
    const m = await nieuweMelding("2026-11-09");
    const wv = await getWerkvoorraad(teamleider);
    expect(wv.meldingen.rijen.find((x) => x.nummer === m.nummer)).toMatchObject({
      status: "nog te beoordelen",
      termijn: { status: "verstreken", tekst: "Termijn verstreken" },
    });
    expect(wv.meldingen.rijen[0].datumMelding <= wv.meldingen.rijen.at(-1)!.datumMelding).toBe(true);
  });
});

describe("wijzigen and vaststellen (vier ogen)", () => {
  test("a stale edit is refused with the other user's name; the data of the other edit stay", async () => {
    const m = await nieuweMelding();
    const b = await recordBeoordeling(invoer(m.nummer), triage);
    await updateBeoordeling({ ...invoer(m.nummer, { taxatie: "01" }), id: b.id, version: 1 }, triage2);
    const e = await refused(
      () => updateBeoordeling({ ...invoer(m.nummer, { taxatie: "05" }), id: b.id, version: 1 }, triage),
      Conflict,
    );
    expect(e.message).toMatch(/gewijzigd door Test youssef/);
    expect(e.info.changedBy).toBe("Test youssef");
    expect((await db.prisma.veiligheidsbeoordeling.findUniqueOrThrow({ where: { id: b.id } })).taxatie).toBe("01");
    expect(
      await db.prisma.auditEvent.findFirst({
        where: { entityType: "veiligheidsbeoordeling", entityId: String(b.id), action: "UPDATE", userId: triage2.id },
      }),
    ).toMatchObject({ casusId: expect.any(Number), outcome: "SUCCESS" });
  });

  test("confirm: refused for a TRIAGE user (Forbidden) and for the recorder; by a gedragswetenschapper it becomes final and read-only", async () => {
    const m = await nieuweMelding();
    const b = await recordBeoordeling(invoer(m.nummer), triage);
    await refused(() => confirmBeoordeling({ id: b.id, version: 1 }, triage2), Forbidden);
    await refused(() => confirmBeoordeling({ id: b.id, version: 7 }, gw), Conflict);
    await confirmBeoordeling({ id: b.id, version: 1 }, gw);
    const row = await db.prisma.veiligheidsbeoordeling.findUniqueOrThrow({ where: { id: b.id } });
    expect(row.vastgesteldDoorId).toBe(gw.id);
    expect(row.vastgesteldOp).toBeInstanceOf(Date);
    expect(
      (await refused(() => updateBeoordeling({ ...invoer(m.nummer), id: b.id, version: 2 }, triage), RuleViolation))
        .message,
    ).toMatch(/definitieve/);
    await refused(() => confirmBeoordeling({ id: b.id, version: 2 }, teamleider), RuleViolation);
    const page = await getBeoordelingPagina(triage, m.nummer);
    expect(page?.beoordeling).toMatchObject({
      definitief: true,
      vastgesteldDoor: expect.stringContaining("gedragswetenschapper"),
    });
    expect(page?.mag).toEqual({ vastleggen: false, wijzigen: false, vaststellen: false, terugsturen: false });
    expect((await getWerkvoorraad(triage)).meldingen.rijen.map((x) => x.nummer)).not.toContain(m.nummer);
    expect(
      await db.prisma.auditEvent.findFirst({
        where: { entityId: String(b.id), entityType: "veiligheidsbeoordeling", detail: "vastgesteld", userId: gw.id },
      }),
    ).toBeTruthy();
  });

  test("the recorder can never confirm their own beoordeling, even after a change of role (and the database agrees)", async () => {
    const m = await nieuweMelding();
    const b = await recordBeoordeling(invoer(m.nummer), triage);
    const wasTriage = { ...triage, role: "GEDRAGSWETENSCHAPPER" as const };
    expect(
      (await refused(() => confirmBeoordeling({ id: b.id, version: 1 }, wasTriage), RuleViolation)).message,
    ).toMatch(/vier ogen/);
    await expect(
      db.prisma.veiligheidsbeoordeling.update({
        where: { id: b.id },
        data: { vastgesteldDoorId: triage.id, vastgesteldOp: new Date() },
      }),
    ).rejects.toThrow();
  });

  test("no beoordeling on a closed casus", async () => {
    const m = await nieuweMelding();
    await db.prisma.casus.update({
      where: { nummer: m.casusNummer },
      data: { einddatum: new Date("2026-11-21T00:00:00Z") },
    });
    // Closed in the voordeur with its follow-up still open, triage still finds it; the protocol refuses.
    expect((await refused(() => recordBeoordeling(invoer(m.nummer), triage), RuleViolation)).message).toMatch(
      /gesloten/,
    );
  });
});
