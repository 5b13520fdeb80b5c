// The rules of the veiligheidsplan that hold on both sides (server and pages): when a voorwaarde holds, and when
// it must be reconsidered.
import { compareDates } from "@/lib/domain/dates";
import type { Oordeel } from "./schema";

type Looptijd = { afgesprokenOp: Date; beeindigdOp: Date | null };

/** A voorwaarde holds on a date when it was agreed on or before it and not ended before it. */
export const geldtOpDatum = (v: Looptijd, datum: Date) =>
  compareDates(v.afgesprokenOp, datum) <= 0 && (v.beeindigdOp === null || compareDates(datum, v.beeindigdOp) <= 0);

/** Whether the oordelen in time order hold "niet nagekomen" at two moments in a row. */
export function tweeKeerNiet(oordelen: Oordeel[]) {
  return oordelen.some((o, i) => i > 0 && o === "NIET" && oordelen[i - 1] === "NIET");
}
