import { afterAll, beforeAll } from "vitest";
import { createTestDb, type TestDb } from "./test-db";

/**
 * The one beforeAll of an integration-test file: a fresh database before its tests, closed after them. Returns a
 * handle that reads like the TestDb once the file's tests run (`db.prisma`, `db.exec`). Call it before the
 * file's own beforeAll, which then runs on the new database.
 */
export function freshTestDb(o: { pgliteDir?: string } = {}): TestDb {
  let current: TestDb | undefined;
  beforeAll(async () => {
    current = await createTestDb(typeof o.pgliteDir === "string" ? o : {});
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as TestDb, {
    get(_t, prop) {
      if (!current) throw new Error("freshTestDb: the database exists only inside the file's hooks and tests");
      return Reflect.get(current, prop);
    },
  });
}
