// npm run db:synth: fills the database with synthetic data for one organisation and one year (and the history
// the year needs), in one transaction: it all arrives or nothing does. One audit event records the load.
import type { PrismaClient } from "@/generated/prisma/client";
import type { AdapterHandle } from "@/lib/db/adapter";
import { toIsoDate } from "@/lib/domain/dates";
import { writeAudit } from "@/lib/auth/audit";
import { generateAdviezen, generateCasussen, type GeneratorOptions } from "./generator";
import { addAdviezen, addCasussen, createTables, flushTables } from "./insert";
import type { Scale } from "./scales";
import { assertEmpty, ensureGemeenten, ensureOrganisatie, ensureUsers } from "./setup";
import { openSqlClient } from "./sql";
import { checkDoelen } from "./doelen";
import { checkInvariants, yearFigures } from "./verify";

const WRITE_BATCH = 2000;
const GENERATE_SLICE = 200;

/**
 * Generates the next batch while the database writes the previous one: generation runs in small slices with a
 * turn of the event loop in between, so the driver can send the queued statements. At most two batches live.
 */
async function pipeline<T>(source: Iterable<T[]>, size: number, write: (batch: T[]) => Promise<void>): Promise<void> {
  let pending: T[] = [];
  let writing: Promise<void> = Promise.resolve();
  for (const slice of source) {
    for (const item of slice) pending.push(item);
    if (pending.length >= size) {
      const batch = pending;
      pending = [];
      await writing;
      writing = write(batch);
      writing.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  await writing;
  if (pending.length > 0) await write(pending);
}

export type SynthOptions = { scale: Scale; seed: number; jaar: number; force?: boolean; log?: (line: string) => void };
export type SynthResult = { counts: Record<string, number>; seconds: number; appended: boolean };

export async function runSynth(
  prisma: PrismaClient,
  handle: Pick<AdapterHandle, "kind" | "pool" | "pglite">,
  opts: SynthOptions,
): Promise<SynthResult> {
  const log = opts.log ?? (() => {});
  const started = Date.now(); // timing of the run only; the data never depend on the clock
  const elapsed = () => Math.round((Date.now() - started) / 100) / 10;
  const existing = await assertEmpty(prisma, opts.force ?? false);
  await ensureOrganisatie(prisma, opts.scale);
  const users = await ensureUsers(prisma, opts.scale);
  const gemeenten = await ensureGemeenten(prisma, opts.jaar);
  const gen: GeneratorOptions = {
    seed: opts.seed,
    jaar: opts.jaar,
    scale: opts.scale,
    gemeenten,
    users,
    batchSize: GENERATE_SLICE,
  };
  log(
    `[synth] ${opts.scale.name} (${opts.scale.vtRegioCode}), seed ${opts.seed}, jaar ${opts.jaar} op ${handle.kind}` +
      `${existing > 0 ? `; voegt toe aan ${existing} bestaande casussen` : ""}`,
  );

  const tables = createTables();
  const sql = await openSqlClient(handle);
  if (existing > 0) {
    const rows = await sql.query<{ bsn: string }>(`SELECT DISTINCT bsn FROM betrokkene WHERE bsn IS NOT NULL`);
    gen.reservedBsns = rows.map((r) => r.bsn);
  }
  let lastLog = Date.now();
  const progress = (msg: string, force = false) => {
    if (!force && Date.now() - lastLog < 5000) return;
    lastLog = Date.now();
    log(`[synth] ${msg} · ${elapsed()} s`);
  };
  try {
    await sql.query("BEGIN");
    await pipeline(generateAdviezen(gen), WRITE_BATCH, async (batch) => {
      await addAdviezen(sql, tables, batch);
      await flushTables(sql, tables);
      progress(`adviezen ${tables.advies.inserted}`);
    });
    progress(`adviezen ${tables.advies.inserted}`, true);
    await pipeline(generateCasussen(gen), WRITE_BATCH, async (batch) => {
      await addCasussen(sql, tables, batch);
      await flushTables(sql, tables);
      progress(`casussen ${tables.casus.inserted} (begindatum t/m ${toIsoDate(batch[batch.length - 1].begindatum)})`);
    });
    await sql.query("COMMIT");
  } catch (e) {
    await sql.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await sql.release();
  }
  const counts = Object.fromEntries(Object.values(tables).map((t) => [t.table, t.inserted]));
  if (process.env.SYNTH_DEBUG)
    log(
      `[synth] db ms per table: ${Object.values(tables)
        .map((t) => `${t.table}=${Math.round(t.ms)}`)
        .join(" ")}`,
    );
  const seconds = elapsed();
  // Linked into the audit chains like every other event (audit:verify walks it with the rest).
  await prisma.$transaction((tx) =>
    writeAudit(tx, {
      actor: null,
      username: "synth",
      action: "CREATE",
      entityType: "synth",
      detail: JSON.stringify({
        scale: opts.scale.name,
        seed: opts.seed,
        jaar: opts.jaar,
        appended: existing > 0,
        seconds,
        counts,
      }),
    }),
  );
  return { counts, seconds, appended: existing > 0 };
}

/** Rule invariants (each must be 0) and the figures of the year, read back from the database. */
export async function verifySynth(handle: Pick<AdapterHandle, "kind" | "pool" | "pglite">, jaar: number) {
  const sql = await openSqlClient(handle);
  try {
    return {
      invariants: await checkInvariants(sql, jaar),
      figures: await yearFigures(sql, jaar),
      doelen: await checkDoelen(sql, jaar),
    };
  } finally {
    await sql.release();
  }
}
