// A set of identifier pairs (casus + persoonsvolgnummer, melding + persoonsvolgnummer, …) for the cross-checks.
//
// It behaves exactly like a Set of the joined keys `a + SEP + b`, but stores the pairs as a → [b, …]: a record
// then costs one lookup on `a` (whose hash the record's other lookups share) and a scan of a short list,
// instead of building, flattening and hashing a new joined string. A list that grows long becomes a Set.
// A pair with SEP inside a part is kept as its joined key, so pairs that join to the same key stay one.
export const SEP = "\u0000";

const LIST_LIMIT = 16;

export class PairSet {
  private readonly byFirst = new Map<string, string[] | Set<string>>();
  private readonly joined = new Set<string>();

  /** Adds the pair; false when it was there already. */
  add(a: string, b: string): boolean {
    if (a.includes(SEP) || b.includes(SEP)) {
      const size = this.joined.size;
      this.joined.add(a + SEP + b);
      return this.joined.size !== size;
    }
    const seconds = this.byFirst.get(a);
    if (seconds === undefined) {
      this.byFirst.set(a, [b]);
      return true;
    }
    if (seconds instanceof Set) {
      const size = seconds.size;
      seconds.add(b);
      return seconds.size !== size;
    }
    if (seconds.includes(b)) return false;
    if (seconds.length < LIST_LIMIT) seconds.push(b);
    else this.byFirst.set(a, new Set([...seconds, b]));
    return true;
  }

  has(a: string, b: string): boolean {
    if (a.includes(SEP) || b.includes(SEP)) return this.joined.has(a + SEP + b);
    const seconds = this.byFirst.get(a);
    if (seconds === undefined) return false;
    return seconds instanceof Set ? seconds.has(b) : seconds.includes(b);
  }
}

/** As (a + SEP + b).split(SEP).includes(""): a part of the joined key is empty. */
export function hasEmptyPart(a: string, b: string): boolean {
  if (a === "" || b === "") return true;
  if (!a.includes(SEP) && !b.includes(SEP)) return false;
  const id = a + SEP + b;
  return id.startsWith(SEP) || id.endsWith(SEP) || id.includes(SEP + SEP);
}

/** The last part of the joined key, as (a + SEP + b).split(SEP).pop(): what a duplicate is reported by. */
export function lastPart(a: string, b: string): string {
  return b.includes(SEP) ? b.slice(b.lastIndexOf(SEP) + 1) : b;
}
