import { beforeAll, describe, expect, test } from "vitest";
import { dbHandle } from "@/lib/db/client";
import { freshTestDb } from "@/lib/testing/fresh-test-db";
import { runSynth, verifySynth, type SynthResult } from "./run";
import { SCALES } from "./scales";
import { SynthRefused } from "./setup";
import { openSqlClient } from "./sql";
import { verifyAuditChain } from "@/lib/auth/audit-verify";

const db = freshTestDb();
let result: SynthResult;
beforeAll(async () => {
  // Every row passes the CHECK constraints and foreign keys, or the whole load is rolled back and this throws.
  result = await runSynth(db.prisma, dbHandle()!, { scale: SCALES.tiny, seed: 7, jaar: 2025 });
});

const count = async (sql: string) => {
  const client = await openSqlClient(dbHandle()!);
  try {
    return Number(Object.values((await client.query(sql))[0])[0]);
  } finally {
    await client.release();
  }
};

describe("db:synth on a fresh database (tiny scale)", () => {
  test("fills every table and reports the counts it wrote", async () => {
    for (const table of [
      "casus",
      "betrokkene",
      "melding",
      "melding_betrokkene",
      "veiligheidsbeoordeling",
      "dienst",
      "overdracht",
      "overdracht_betrokkene",
      "monitoringsmoment",
      "advies",
      "advies_contact",
    ]) {
      expect(result.counts[table], table).toBeGreaterThan(0);
      expect(await count(`SELECT count(*) FROM "${table}"`), table).toBe(result.counts[table]);
    }
    expect(await count(`SELECT count(*) FROM app_user WHERE "passwordHash" = 'synthetic-no-login'`)).toBeGreaterThan(5);
    const org = await db.prisma.organisatie.findUniqueOrThrow({ where: { id: 1 } });
    expect(org.vtRegioCode).toBe("VT07");
  });

  test("every cross-row rule holds", async () => {
    const { invariants } = await verifySynth(dbHandle()!, 2025);
    expect(Object.keys(invariants).length).toBeGreaterThan(15);
    expect(Object.entries(invariants).filter(([, n]) => n > 0)).toEqual([]);
  });

  test("a few rules by hand: four eyes, organisatie 98, nummers from the database, gemeenten of the region", async () => {
    expect(await count(`SELECT count(*) FROM veiligheidsbeoordeling WHERE "vastgesteldDoorId" = "createdById"`)).toBe(
      0,
    );
    expect(await count(`SELECT count(*) FROM melding WHERE ("functieRol" ~ '^0[1-7]$') <> (organisatie = '98')`)).toBe(
      0,
    );
    expect(await count(`SELECT count(*) FROM casus WHERE nummer !~ '^C[0-9]{4}-[0-9]{6,}$'`)).toBe(0);
    expect(
      await count(`SELECT count(*) FROM casus c LEFT JOIN gemeente g ON g.code = c.gemeentecode AND g.jaar = 2025
      WHERE c.gemeentecode IS NOT NULL AND g."vtRegioCode" IS DISTINCT FROM 'VT07'`),
    ).toBe(0);
    expect(await count(`SELECT count(*) FROM casus WHERE begindatum < '2025-01-01'`)).toBeGreaterThan(0); // history
    expect(
      await count(
        `SELECT count(*) FROM betrokkene WHERE bsn IS NOT NULL AND bsn <> '999999999' AND NOT vt_bsn_valid(bsn)`,
      ),
    ).toBe(0);
  });

  test("one audit event records the load", async () => {
    const events = await db.prisma.auditEvent.findMany({ where: { entityType: "synth" } });
    expect(events).toHaveLength(1);
    expect(events[0].action).toBe("CREATE");
    expect(JSON.parse(events[0].detail!).counts.casus).toBe(result.counts.casus);
    expect(events[0].chain).not.toBeNull(); // a link of the keyed chains, verified with the rest
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  test("refuses a database that already holds casussen, unless forced", async () => {
    const before = await count(`SELECT count(*) FROM casus`);
    await expect(runSynth(db.prisma, dbHandle()!, { scale: SCALES.tiny, seed: 8, jaar: 2025 })).rejects.toBeInstanceOf(
      SynthRefused,
    );
    expect(await count(`SELECT count(*) FROM casus`)).toBe(before);
  });
});
