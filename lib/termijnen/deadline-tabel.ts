// A deadline defined once in TypeScript (werkdagen, feestdagen), given to a query as a table of
// (datum, deadline) for every date from `van` to `tot` (docs/decisions/014).
import { Prisma } from "@/generated/prisma/client";
import { addDays, compareDates, toIsoDate } from "@/lib/domain/dates";

export function deadlineTabel(van: Date, tot: Date, deadline: (d: Date) => Date): Prisma.Sql {
  const dagen: string[] = [];
  const deadlines: string[] = [];
  for (let d = van; compareDates(d, tot) <= 0; d = addDays(d, 1)) {
    dagen.push(toIsoDate(d));
    deadlines.push(toIsoDate(deadline(d)));
  }
  return Prisma.sql`SELECT * FROM unnest(${dagen}::date[], ${deadlines}::date[]) AS t(d, deadline)`;
}
