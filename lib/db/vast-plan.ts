// Statements planned once per connection. PostgreSQL plans an unnamed statement anew at every execution; for the
// large statements of the casus page that took three quarters of their time in the database (the overview 2.8 ms of
// planning against 0.6 ms of execution). A statement wrapped in `vastPlan` is prepared under a name derived from its
// text (@prisma/adapter-pg's statementNameGenerator, lib/db/adapter.ts), so each connection parses it once, and
// after five executions PostgreSQL may keep a generic plan when that is not costlier than the custom ones.
// Only for statements whose plan does not depend on their values: a record by its key, a casus's parts. Never for a
// pattern (LIKE with a value: a generic plan can not use the index range) or a range whose width decides the plan.
// The number of texts must stay bounded (no lists of values spelled into the text): each is kept per connection.
// On PGlite the mark is only a comment. docs/decisions/014.
import crypto from "node:crypto";
import { Prisma } from "@/generated/prisma/client";

const MARK = "/* vast plan */ ";

export function vastPlan(sql: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(MARK)}${sql}`;
}

/** The prepared statement's name for a marked statement (the same text, the same name), else none. */
export function statementName(query: { sql: string }): string | undefined {
  if (!query.sql.startsWith(MARK)) return undefined;
  return `vast_${crypto.createHash("sha256").update(query.sql).digest("base64url").slice(0, 32)}`;
}
