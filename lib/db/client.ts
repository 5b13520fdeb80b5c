import { PrismaClient } from "@/generated/prisma/client";
import { createAdapterFactory, type AdapterHandle } from "./adapter";

// One client (and one PGlite instance) per process; survives `next dev` hot reloads.
// Created lazily on first use so that `next build` (which imports route modules) never opens the database.
const g = globalThis as unknown as { __prisma?: PrismaClient; __dbHandle?: AdapterHandle };

export function getPrisma(): PrismaClient {
  if (!g.__prisma) {
    const handle = createAdapterFactory();
    g.__dbHandle = handle;
    g.__prisma = new PrismaClient({ adapter: handle.factory });
  }
  return g.__prisma;
}

/** Tests and scripts inject their own client (e.g. an in-memory PGlite). */
export function setPrisma(client: PrismaClient, handle?: AdapterHandle) {
  g.__prisma = client;
  g.__dbHandle = handle;
}

export const prisma = new Proxy({} as PrismaClient, {
  get(_t, prop) {
    const c = getPrisma();
    const v = Reflect.get(c, prop, c);
    return typeof v === "function" ? v.bind(c) : v;
  },
});

export const dbKind = () => g.__dbHandle?.kind ?? (process.env.DATABASE_URL ? "pg" : "pglite");
export const dbHandle = () => g.__dbHandle;

export async function closePrisma() {
  await g.__prisma?.$disconnect();
  await g.__dbHandle?.close();
  g.__prisma = undefined;
  g.__dbHandle = undefined;
}

export type { PrismaClient };
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
