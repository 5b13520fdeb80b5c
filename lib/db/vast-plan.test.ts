import { expect, test } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { statementName, vastPlan } from "./vast-plan";

const tekst = (sql: Prisma.Sql) => sql.sql;

test("a marked statement gets a name of its text: the same text the same name, another text another", () => {
  const a = vastPlan(Prisma.sql`SELECT * FROM casus WHERE nummer = ${"2025-0001"}`);
  const b = vastPlan(Prisma.sql`SELECT * FROM casus WHERE nummer = ${"2025-0002"}`);
  const c = vastPlan(Prisma.sql`SELECT * FROM casus WHERE id = ${1}`);
  expect(a.values).toEqual(["2025-0001"]);
  expect(statementName({ sql: tekst(a) })).toMatch(/^vast_[\w-]{32}$/);
  expect(statementName({ sql: tekst(a) })).toBe(statementName({ sql: tekst(b) }));
  expect(statementName({ sql: tekst(c) })).not.toBe(statementName({ sql: tekst(a) }));
});

test("an unmarked statement stays unnamed (planned for its own values every time)", () => {
  expect(statementName({ sql: Prisma.sql`SELECT 1 WHERE ${"x"} LIKE 'x%'`.sql })).toBeUndefined();
  expect(statementName({ sql: "SELECT 1 /* vast plan */" })).toBeUndefined();
});
