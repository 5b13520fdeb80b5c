// The synthetic data look like a real Veilig Thuis at the small and the region scale: every share CBS and the
// Impactmonitor publish (lib/synth/doelen.ts) within its band in the delivered half year, on a fresh database each.
// (National scale: npm run bench:app, which loads it with --verify.)
import { expect, test } from "vitest";
import { dbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/testing/test-db";
import { runSynth, verifySynth } from "./run";
import { SCALES } from "./scales";

for (const scale of ["small", "region"] as const)
  test(`${scale}: every share within its band, every rule kept`, async () => {
    const db = await createTestDb();
    try {
      await runSynth(db.prisma, dbHandle()!, { scale: SCALES[scale], seed: 1, jaar: 2025 });
      const { invariants, doelen } = await verifySynth(dbHandle()!, 2025);
      expect(Object.entries(invariants).filter(([, n]) => n > 0)).toEqual([]);
      expect(doelen).toHaveLength(19);
      expect(
        doelen.filter((d) => !d.binnen).map((d) => `${d.omschrijving}: ${d.waarde} (${d.doel} ± ${d.band})`),
      ).toEqual([]);
    } finally {
      await db.close();
    }
  }, 300_000);
