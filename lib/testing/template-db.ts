// The migrated template every integration-test database starts from, made once per set of migrations (its
// name carries their hash): a PostgreSQL database used as TEMPLATE, or a PGlite data directory dump. Creating
// a database from it takes a fraction of the time of initialising and migrating one.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";

export function migrationSql(): string[] {
  const dir = path.resolve("prisma/migrations");
  return fs
    .readdirSync(dir)
    .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
    .sort()
    .map((m) => fs.readFileSync(path.join(dir, m, "migration.sql"), "utf8"));
}

function migrationsHash(): string {
  const h = crypto.createHash("sha256");
  for (const sql of migrationSql()) h.update(sql).update("\0");
  return h.digest("hex").slice(0, 12);
}

/** The name of the template database on this server, created (migrated, marked as template) when missing. */
export async function ensurePgTemplate(base: string): Promise<string> {
  const name = `vt_template_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate", [name]);
    if (exists.rowCount) return name;
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); // a half-made one from an interrupted run
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(base);
    u.pathname = `/${name}`;
    const setup = new pg.Client({ connectionString: u.toString() });
    await setup.connect();
    try {
      for (const sql of migrationSql()) await setup.query(sql);
    } finally {
      await setup.end();
    }
    await admin.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    return name;
  } finally {
    await admin.end();
  }
}

const templateDir = () => path.resolve(".data/test-templates");

/** The dump of a migrated PGlite data directory, made once and kept in .data/test-templates/. */
export async function loadPgliteTemplate(): Promise<Blob> {
  const file = path.join(templateDir(), `pglite-${migrationsHash()}.tar`);
  if (!fs.existsSync(file)) {
    const pglite = await PGlite.create();
    for (const sql of migrationSql()) await pglite.exec(sql);
    const dump = await pglite.dumpDataDir("none");
    await pglite.close();
    fs.mkdirSync(templateDir(), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file); // whole or not at all
  }
  return new Blob([fs.readFileSync(file)]);
}
