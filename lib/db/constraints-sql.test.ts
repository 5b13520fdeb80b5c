import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { constraintsMigrationSql, preludeSql } from "./constraints-sql";

// The migrations hold exactly the SQL generated from the code lists: run `node --import tsx scripts/gen-constraints.ts`
// in a NEW migration after a code list changes.
const dir = path.resolve("prisma/migrations");
const dirs = fs
  .readdirSync(dir)
  .filter((d) => fs.statSync(path.join(dir, d)).isDirectory())
  .sort();

test("the constraints migration equals the SQL generated from lib/domain/codelijsten.json", () => {
  const file = dirs.find((d) => d.endsWith("_constraints"))!;
  expect(fs.readFileSync(path.join(dir, file, "migration.sql"), "utf8")).toBe(constraintsMigrationSql());
});

test("the init migration starts with the sequences and functions", () => {
  const file = dirs.find((d) => d.endsWith("_init"))!;
  expect(fs.readFileSync(path.join(dir, file, "migration.sql"), "utf8").startsWith(preludeSql)).toBe(true);
});
