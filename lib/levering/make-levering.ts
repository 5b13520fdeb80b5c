// Makes one delivery end to end (the same code for the page and the CLI): reserve the volgnummer, build the
// file under its final name in LEVERINGEN_DIR, record the result with an EXPORT audit event. The page reserves
// inside its door (lib/levering/commands.ts) and then builds in the background.
import fs from "node:fs";
import type { SqlDb } from "@/lib/db/sql";
import type { Actor } from "@/lib/auth/audit";
import { buildDeliveryFile, type BuildResult } from "./build-file";
import { completeLevering, gemeenteCodes, leveringDir, leveringPath, startLevering } from "./delivery-log";

export type MakeInput = {
  jaar: number;
  halfjaar: 1 | 2;
  soort: "R" | "C";
  actor: Actor | null;
  via: string;
  onProgress?: (records: number) => void;
  onStart?: (leveringId: number) => void;
};
export type Reserved = {
  levering: { id: number; bestandsnaam: string };
  org: { vtRegioCode: string; kvkNummer: string };
};

export async function makeLevering(
  db: SqlDb,
  i: MakeInput,
): Promise<{ leveringId: number; bestandsnaam: string; result: BuildResult }> {
  const reserved = await startLevering(db, i);
  i.onStart?.(reserved.levering.id);
  return buildLevering(db, reserved, i);
}

/** Builds the file of a reserved delivery and records the result. */
export async function buildLevering(db: SqlDb, { levering, org }: Reserved, i: Omit<MakeInput, "onStart">) {
  await fs.promises.mkdir(leveringDir(), { recursive: true });
  const result = await buildDeliveryFile(db.connection, {
    jaar: i.jaar,
    halfjaar: i.halfjaar,
    soort: i.soort,
    vtRegioCode: org.vtRegioCode,
    kvkNummer: org.kvkNummer,
    gemeenten: await gemeenteCodes(db, i.jaar),
    outPath: leveringPath(levering.bestandsnaam),
    onProgress: i.onProgress,
  });
  await completeLevering(db, levering.id, result, i.actor, i.via);
  return { leveringId: levering.id, bestandsnaam: levering.bestandsnaam, result };
}
