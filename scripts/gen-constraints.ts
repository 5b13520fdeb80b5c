// Writes the hand-written SQL of lib/db/constraints-sql.ts into the migrations:
// the prelude at the top of the init migration, the constraints migration in full.
import fs from "node:fs";
import path from "node:path";
import { constraintsMigrationSql, preludeSql } from "../lib/db/constraints-sql";

const dir = path.resolve("prisma/migrations");
const dirs = fs
  .readdirSync(dir)
  .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
  .sort();
const init = path.join(
  dir,
  dirs.find((d) => d.endsWith("_init"))!,
  "migration.sql",
);
const initSql = fs.readFileSync(init, "utf8");
const marker = "-- CreateEnum";
const body = initSql.slice(initSql.indexOf(marker));
fs.writeFileSync(init, preludeSql + "\n" + body);
const target = dirs.find((d) => d.endsWith("_constraints")) ?? "20261123050000_constraints";
fs.mkdirSync(path.join(dir, target), { recursive: true });
fs.writeFileSync(path.join(dir, target, "migration.sql"), constraintsMigrationSql());
console.log(`wrote prelude into ${path.basename(path.dirname(init))} and ${target}`);
