// A fresh, migrated database per integration-test file: an in-memory PGlite by default, or a new database
// on the PostgreSQL server of DATABASE_URL (CI). The client is installed as the app's prisma client.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { closePrisma, setPrisma } from "@/lib/db/client";

export function migrationSql(): string[] {
  const dir = path.resolve("prisma/migrations");
  return fs.readdirSync(dir).filter((d) => fs.statSync(path.join(dir, d)).isDirectory()).sort()
    .map((m) => fs.readFileSync(path.join(dir, m, "migration.sql"), "utf8"));
}

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
  if (!base) {
    const pglite = new PGlite(o.pgliteDir);
    for (const sql of migrationSql()) await pglite.exec(sql);
    const handle = { kind: "pglite" as const, factory: new PrismaPGlite(pglite), close: () => pglite.close(), pglite };
    const prisma = new PrismaClient({ adapter: handle.factory });
    setPrisma(prisma, handle);
    const env: Record<string, string> = o.pgliteDir ? { PGLITE_DIR: o.pgliteDir } : {};
    return { prisma, kind: "pglite", env, exec: async (s) => { await pglite.exec(s); }, close: () => closePrisma() };
  }
  const name = `t_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  for (const sql of migrationSql()) await setup.query(sql);
  await setup.end();
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  // Dropping the database at the end terminates connections a test may still hold; that is expected here.
  pool.on("error", () => {});
  const handle = { kind: "pg" as const, factory: new PrismaPg(pool), close: () => pool.end(), pool };
  const prisma = new PrismaClient({ adapter: handle.factory });
  setPrisma(prisma, handle);
  return {
    prisma, kind: "pg", url, env: { DATABASE_URL: url },
    exec: async (s) => { await pool.query(s); },
    close: async () => {
      await closePrisma();
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
