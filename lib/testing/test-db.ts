// A fresh, migrated database per integration-test file: an in-memory PGlite by default, or a new database
// on the PostgreSQL server of DATABASE_URL (CI). The client is installed as the app's prisma client.
// Both start from a template migrated once per set of migrations (lib/testing/template-db.ts).
import crypto from "node:crypto";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { closePrisma, setPrisma } from "@/lib/db/client";
import { ensurePgTemplate, loadPgliteTemplate } from "./template-db";
import { adminQuery } from "./pg-admin";

export type TestDb = {
  prisma: PrismaClient;
  kind: "pg" | "pglite";
  /** Run raw SQL outside Prisma (e.g. to tamper with rows as a superuser would). */
  exec: (sql: string) => Promise<void>;
  url?: string;
  /** What a child process needs in its environment to open this database (after close(), for PGlite). */
  env: Record<string, string>;
  close: () => Promise<void>;
};

/** `pgliteDir`: keep the embedded database in that directory (so another process can open it after close()). */
export async function createTestDb(o: { pgliteDir?: string } = {}): Promise<TestDb> {
  const base = process.env.DATABASE_URL;
  return base ? createPgTestDb(base) : createPgliteTestDb(o.pgliteDir);
}

async function createPgliteTestDb(dir?: string): Promise<TestDb> {
  const pglite = await PGlite.create(dir, { loadDataDir: await loadPgliteTemplate() });
  const handle = { kind: "pglite" as const, factory: new PrismaPGlite(pglite), close: () => pglite.close(), pglite };
  const prisma = new PrismaClient({ adapter: handle.factory });
  setPrisma(prisma, handle);
  const env: Record<string, string> = dir ? { PGLITE_DIR: dir } : {};
  return {
    prisma,
    kind: "pglite",
    env,
    exec: async (s) => {
      await pglite.exec(s);
    },
    close: () => closePrisma(),
  };
}

async function createPgTestDb(base: string): Promise<TestDb> {
  const template = await ensurePgTemplate(base);
  const name = `t_${crypto.randomBytes(6).toString("hex")}`;
  await adminQuery(base, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  // Dropping the database at the end terminates connections a test may still hold; that is expected here.
  pool.on("error", () => {});
  const handle = { kind: "pg" as const, factory: new PrismaPg(pool), close: () => pool.end(), pool };
  const prisma = new PrismaClient({ adapter: handle.factory });
  setPrisma(prisma, handle);
  return {
    prisma,
    kind: "pg",
    url,
    env: { DATABASE_URL: url },
    exec: async (s) => {
      await pool.query(s);
    },
    close: async () => {
      await closePrisma();
      await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
