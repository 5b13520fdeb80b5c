import "server-only";
import { prisma, dbKind } from "./client";

export async function getHealth() {
  const rows = await prisma.$queryRaw<
    { n: bigint }[]
  >`SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return { status: "ok", database: dbKind() === "pg" ? "postgresql" : "pglite", migrations: Number(rows[0].n) };
}
