// A user's text inside a LIKE / ILIKE pattern (Prisma's equals-insensitive, startsWith, endsWith, contains are
// patterns on PostgreSQL): % and _ and the escape character itself are matched literally.
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
