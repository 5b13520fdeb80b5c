// One statement on a PostgreSQL server through a connection of its own (CREATE / DROP DATABASE for tests).
import pg from "pg";

export async function adminQuery(url: string, sql: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(sql, params);
  } finally {
    await c.end();
  }
}
