// The delivery log: one row per delivery (concept or definitief) with its volgnummer, file name, SHA-256,
// counts and kerncijfers; the file and its reports live in LEVERINGEN_DIR. Used by the page and the CLI alike.
// Making a delivery runs on plain SQL (sql.ts), so the export command loads no Prisma; finalizing is the page's
// (lib/levering/commands.ts).
import fs from "node:fs";
import path from "node:path";
import type { Actor } from "@/lib/auth/audit";
import { writeAuditSql } from "@/lib/auth/audit";
import type { Sql, SqlDb } from "@/lib/db/sql";
import { RuleViolation } from "@/lib/auth/errors";
import { makeFileName } from "../export/write/writer";
import type { BuildResult } from "./build-file";

export const leveringDir = () =>
  path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.LEVERINGEN_DIR ?? ".data/leveringen");
export const leveringPath = (bestandsnaam: string) => path.join(leveringDir(), bestandsnaam);
export const rapportPath = (bestandsnaam: string) => path.join(leveringDir(), `${bestandsnaam}.rapport.json`);

/** The file name has two digits for the volgnummer (VT18_2025H2_R01.txt). */
const MAX_VOLGNUMMER = 99;

export type StartInput = { jaar: number; halfjaar: 1 | 2; soort: "R" | "C"; actor: Actor | null };

/** Reserves the next volgnummer of the period (serialised per period, so simultaneous requests differ). */
export async function startLevering(db: SqlDb, i: StartInput) {
  return db.transaction((tx) => reserveLevering(tx, i));
}

/** The reservation inside a caller's transaction (the page's door, or startLevering for the command line). */
export async function reserveLevering(tx: Sql, i: StartInput) {
  const [org] = await tx.query<{ vtRegioCode: string; kvkNummer: string }>(
    `SELECT "vtRegioCode", "kvkNummer" FROM organisatie WHERE id = 1`,
  );
  if (!org) throw new RuleViolation("De organisatie (regiocode, KvK-nummer) is niet ingesteld.");
  await tx.query(`SELECT pg_advisory_xact_lock(4242, $1::int) IS NULL AS locked`, [i.jaar * 10 + i.halfjaar]);
  const rows = await tx.query<{ volgnummer: number; status: string }>(
    `SELECT volgnummer, status::text FROM levering WHERE jaar = $1 AND halfjaar = $2`,
    [i.jaar, i.halfjaar],
  );
  const heeftDefinitief = rows.some((r) => r.status === "DEFINITIEF");
  if (i.soort === "R" && heeftDefinitief)
    throw new RuleViolation("Voor deze periode is al een definitieve levering: maak een correctielevering.");
  if (i.soort === "C" && !heeftDefinitief)
    throw new RuleViolation("Een correctielevering kan pas na een definitieve levering van deze periode.");
  const volgnummer = Math.max(0, ...rows.map((r) => r.volgnummer)) + 1;
  if (volgnummer > MAX_VOLGNUMMER) {
    throw new RuleViolation(
      `Voor deze periode zijn al ${MAX_VOLGNUMMER} leveringen gemaakt, het maximum van de bestandsnaam (volgnummer van twee cijfers).`,
    );
  }
  const bestandsnaam = makeFileName({
    regiocode: org.vtRegioCode,
    jaar: i.jaar,
    halfjaar: i.halfjaar,
    soort: i.soort,
    volgnummer,
  });
  const [levering] = await tx.query<{ id: number; volgnummer: number; bestandsnaam: string }>(
    `INSERT INTO levering (jaar, halfjaar, soort, volgnummer, bestandsnaam, "aangemaaktDoorId") VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, volgnummer, bestandsnaam`,
    [i.jaar, i.halfjaar, i.soort, volgnummer, bestandsnaam, i.actor?.id ?? null],
  );
  return { levering, org };
}

/** Records the result of a complete build; the export itself is audited in the same transaction. */
export async function completeLevering(db: SqlDb, id: number, r: BuildResult, actor: Actor | null, via: string) {
  const [l] = await db.query<{
    jaar: number;
    halfjaar: number;
    soort: string;
    volgnummer: number;
    bestandsnaam: string;
  }>(`SELECT jaar, halfjaar, soort, volgnummer, bestandsnaam FROM levering WHERE id = $1`, [id]);
  if (!l) throw new Error(`levering ${id} does not exist`);
  await fs.promises.writeFile(
    rapportPath(l.bestandsnaam),
    JSON.stringify({ violations: r.violations, mirror: r.mirror }),
  );
  await db.transaction(async (tx) => {
    await tx.query(
      `UPDATE levering SET sha256 = $2, aantallen = $3::jsonb, kerncijfers = $4::jsonb, "aantalFouten" = $5, "aantalWaarschuwingen" = $6 WHERE id = $1`,
      [
        id,
        r.sha256,
        JSON.stringify({ ...r.counts, totaal: r.total }),
        JSON.stringify(r.kerncijfers),
        r.fouten,
        r.waarschuwingen,
      ],
    );
    await writeAuditSql(tx, {
      actor,
      username: actor ? undefined : via,
      action: "EXPORT",
      entityType: "levering",
      entityId: l.bestandsnaam,
      detail: `built ${l.jaar}H${l.halfjaar} ${l.soort}${String(l.volgnummer).padStart(2, "0")} records=${r.total} F=${r.fouten} W=${r.waarschuwingen} via ${via}`,
    });
  });
}

export async function gemeenteCodes(db: SqlDb, jaar: number): Promise<Set<string>> {
  const rows = await db.query<{ code: string }>(`SELECT code FROM gemeente WHERE jaar = $1`, [jaar]);
  return new Set(rows.map((r) => r.code));
}
