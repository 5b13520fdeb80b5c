// The report's two lanes: on PostgreSQL two connections reading one snapshot; on PGlite, or while another parallel
// report runs, the caller runs the passes itself. A failing pass fails the report and leaves the lanes usable.
import { afterAll, beforeAll, expect, test } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { createTestDb } from "@/lib/testing/test-db";
import { opTweeBanen } from "./banen";

let db: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.close());

type Blik = { pid: number; snapshot: string; dag: string };
// Each statement sleeps a little, so that the second lane has taken the other one by the time the first is done.
const blik = (dag: Date) => Prisma.sql`
  SELECT pg_backend_pid() AS pid, pg_current_snapshot()::text AS snapshot, ${dag}::date::text AS dag
  FROM pg_sleep(0.2)`;

test.skipIf(!process.env.DATABASE_URL)(
  "PostgreSQL: two connections, one snapshot, the statements' own order",
  async () => {
    // Others commit all the while, so two snapshots taken apart would differ.
    await db.exec("CREATE TABLE banen_test (id serial PRIMARY KEY)");
    let klaar = false;
    const schrijver = (async () => {
      while (!klaar) await db.exec("INSERT INTO banen_test DEFAULT VALUES");
    })();
    const dagen = [new Date("2025-07-01"), new Date("2025-12-31"), new Date("2024-01-01")];
    const rijen = await opTweeBanen<Blik>(dagen.map(blik));
    klaar = true;
    await schrijver;
    expect(rijen).not.toBeNull();
    const r = rijen!.map((x) => x[0]);
    expect(r.map((x) => x.dag)).toEqual(["2025-07-01", "2025-12-31", "2024-01-01"]);
    expect(new Set(r.map((x) => x.pid)).size).toBe(2);
    expect(new Set(r.map((x) => x.snapshot)).size).toBe(1);
  },
);

test.skipIf(!process.env.DATABASE_URL)("a second report meanwhile runs its passes itself", async () => {
  const eerste = opTweeBanen<Blik>([blik(new Date()), blik(new Date())]);
  expect(await opTweeBanen<Blik>([blik(new Date()), blik(new Date())])).toBeNull();
  expect(await eerste).toHaveLength(2);
});

test.skipIf(!process.env.DATABASE_URL)("a failing pass fails the report; the next report runs", async () => {
  await expect(opTweeBanen([Prisma.sql`SELECT 1 / 0`, blik(new Date())])).rejects.toThrow(/division by zero/);
  await expect(opTweeBanen([blik(new Date()), Prisma.sql`SELECT 1 / 0`])).rejects.toThrow(/division by zero/);
  expect(await opTweeBanen<Blik>([blik(new Date()), blik(new Date())])).toHaveLength(2);
});

test.skipIf(!!process.env.DATABASE_URL)("PGlite: one connection, so the caller runs the passes", async () => {
  expect(await opTweeBanen([blik(new Date()), blik(new Date())])).toBeNull();
});
