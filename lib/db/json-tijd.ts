// Dates and times inside JSON columns of a raw statement (json_build_object gives strings, not Date objects), read
// back as Prisma gives them: a date ("2026-01-05") at UTC midnight, a time with its zone, a time without one as UTC.

export function jsonTijd(s: string): Date;
export function jsonTijd(s: string | null): Date | null;
export function jsonTijd(s: string | null): Date | null {
  if (s === null) return null;
  if (s.length === 10) return new Date(`${s}T00:00:00Z`);
  return new Date(/(Z|[+-]\d\d(:\d\d)?)$/.test(s) ? s : `${s}Z`);
}
