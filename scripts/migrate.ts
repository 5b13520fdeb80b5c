// Offline replacement for `prisma migrate deploy` / `prisma migrate dev`.
// Uses Prisma's own schema engine compiled to Wasm (@prisma/schema-engine-wasm) through a driver adapter,
// so no native schema-engine binary (which Prisma downloads from its own CDN, not npm) is needed.
// Writes the standard _prisma_migrations table, so the real `prisma migrate deploy` stays compatible.
//   tsx scripts/migrate.ts deploy        apply pending migrations to the target (MIGRATE_DATABASE_URL, else
//                                        DATABASE_URL, else the PGlite dir)
//   tsx scripts/migrate.ts dev <name>    replay migrations into an in-memory PGlite ("shadow"), diff against
//                                        schema.prisma, write prisma/migrations/<ts>_<name>/migration.sql, then deploy
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createAdapterFactory } from "../lib/db/adapter";

const require = createRequire(import.meta.url);
const ROOT = process.cwd();
const SCHEMA = path.join(ROOT, "prisma/schema.prisma");
const MIGRATIONS = path.join(ROOT, "prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };
let SchemaEngine: any;

async function loadEngine(factory: any, schema: string, pglite?: PGlite, pool?: import("pg").Pool) {
  if (!SchemaEngine) {
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const mod = new WebAssembly.Module(await fs.readFile(path.join(dir, "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(mod, { "./schema_engine_bg.js": runtime as any });
    (runtime as any).__wbg_set_wasm(instance.exports);
    (instance.exports as any).__wbindgen_start();
    SchemaEngine = (runtime as any).SchemaEngine;
  }
  const noShadow = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const a = await factory.connect();
      // pglite-prisma-adapter 0.7.2 does not await exec() in executeScript, so a failing migration would be
      // recorded as applied. Run scripts ourselves and let errors propagate.
      if (pglite)
        a.executeScript = async (script: string) => {
          try {
            await pglite.exec(script);
          } catch (e) {
            console.error("[migrate] SQL error:", (e as Error).message);
            throw e;
          }
        };
      // The pg adapter splits scripts on ';', which breaks $$-quoted function bodies: send the script whole
      // (the simple query protocol runs several statements in one implicit transaction).
      if (pool)
        a.executeScript = async (script: string) => {
          try {
            await pool.query(script);
          } catch (e) {
            console.error("[migrate] SQL error:", (e as Error).message);
            throw e;
          }
        };
      return a;
    },
    connectToShadowDb: () => {
      throw new Error("no shadow db");
    },
  };
  const log = (m: string) => {
    if (process.env.MIGRATE_DEBUG) console.error(m);
  };
  return SchemaEngine.new(
    { datamodels: [[SCHEMA, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(noShadow as any),
  );
}

async function listMigrations() {
  const lockfile = {
    path: "migration_lock.toml",
    content: await fs.readFile(path.join(MIGRATIONS, "migration_lock.toml"), "utf8").catch(() => null),
  };
  const entries = await fs.readdir(MIGRATIONS, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const content = await fs.readFile(path.join(MIGRATIONS, e.name, "migration.sql"), "utf8").then(
      (value) => ({ tag: "ok", value }),
      (err) => ({ tag: "error", value: String(err.message) }),
    );
    migrationDirectories.push({ path: e.name, migrationFile: { path: "migration.sql", content } });
  }
  return { baseDir: MIGRATIONS, lockfile, shadowDbInitScript: "", migrationDirectories };
}

export async function deploy() {
  // Migrations run as the owner of the tables (MIGRATE_DATABASE_URL); the app connects with a role that owns nothing.
  if (process.env.MIGRATE_DATABASE_URL) process.env.DATABASE_URL = process.env.MIGRATE_DATABASE_URL;
  const schema = await fs.readFile(SCHEMA, "utf8");
  const { kind, factory, close, pglite, pool } = createAdapterFactory();
  try {
    const t = Date.now();
    const engine = await loadEngine(factory, schema, pglite, pool);
    const out = await engine.applyMigrations({ migrationsList: await listMigrations(), filters });
    console.log(`[migrate:${kind}] applied ${JSON.stringify(out.appliedMigrationNames)} in ${Date.now() - t} ms`);
  } finally {
    const t = Date.now();
    await close();
    if (process.env.MIGRATE_DEBUG) console.error("close ms", Date.now() - t);
  }
}

async function createMigration(name: string) {
  const schema = await fs.readFile(SCHEMA, "utf8");
  const shadow = new PGlite(); // in-memory
  try {
    const engine = await loadEngine(new PrismaPGlite(shadow), schema, shadow);
    await engine.applyMigrations({ migrationsList: await listMigrations(), filters });
    const files = [{ path: SCHEMA, content: schema }];
    const diff = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: ROOT },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters,
    });
    const sql = (diff.stdout ?? "").trim();
    if (!sql || sql.startsWith("-- This is an empty migration")) return console.log("[migrate] no schema changes");
    const dirName = `${new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14)}_${name.replace(/\W/g, "_")}`;
    await fs.mkdir(path.join(MIGRATIONS, dirName), { recursive: true });
    await fs.writeFile(path.join(MIGRATIONS, dirName, "migration.sql"), sql + "\n");
    await fs.writeFile(path.join(MIGRATIONS, "migration_lock.toml"), `provider = "postgresql"\n`);
    console.log(`[migrate] created prisma/migrations/${dirName}`);
  } finally {
    await shadow.close();
  }
}

const [cmd, name = "migration"] = process.argv.slice(2);
(cmd === "deploy"
  ? deploy()
  : cmd === "dev"
    ? createMigration(name).then(deploy)
    : Promise.reject(new Error("usage: deploy | dev <name>"))
)
  // the Wasm engine leaves a ~10 s timer behind, so exit explicitly
  .then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
