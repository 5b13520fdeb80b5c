import fs from "node:fs";
import { expect, test } from "vitest";
import { JOURNAAL_SOORT_CODES } from "./soorten";
import { DOCUMENT_SOORT_CODES } from "@/lib/document/soorten";

const sql = fs.readFileSync("prisma/migrations/20261205213458_dossier/migration.sql", "utf8");
const checkList = (constraint: string) => {
  const m = new RegExp(`"${constraint}" CHECK \\("soort" IN\\s*\\(([^)]*)\\)`).exec(sql);
  return m ? [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]) : null;
};

test("the database's CHECK constraints hold exactly the soorten of the forms", () => {
  expect(checkList("journaal_regel_soort_check")).toEqual(JOURNAAL_SOORT_CODES);
  expect(checkList("document_soort_check")).toEqual(DOCUMENT_SOORT_CODES);
});
