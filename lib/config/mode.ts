// Demo or production. Demo is the embedded database (no DATABASE_URL) or VT_DEMO=1: demo data and accounts, a
// banner, and the test clock may be used. Production is PostgreSQL without VT_DEMO=1.
export function isDemoMode(env: Partial<NodeJS.ProcessEnv> = process.env): boolean {
  return !env.DATABASE_URL || env.VT_DEMO === "1";
}
