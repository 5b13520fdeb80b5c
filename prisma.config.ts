import path from "node:path";
import { defineConfig } from "prisma/config";

// Offline: the Prisma CLI downloads its native schema engine before generate/validate/format unless this points
// at an existing file; those commands never run it. Migrations go through scripts/migrate.ts (Wasm engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/schema-engine-unavailable.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "node --import tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
