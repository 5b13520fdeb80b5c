// The report's passes (a few statements counting both periods at once) against two independent countings on
// generated data: the delivery's kerncijfers SQL for the totals, and a plain query per breakdown
// (lib/testing/rapport-per-telling.ts) for every table, the per-gemeente counts and the doorlooptijden — for a half
// year, a quarter and a from–to range, for the whole organisation and for one gemeente.
import { afterAll, beforeAll, expect, test } from "vitest";
import { dbHandle, type Tx } from "@/lib/db/client";
import { createTestDb } from "@/lib/testing/test-db";
import { runSynth } from "@/lib/synth/run";
import { SCALES } from "@/lib/synth/scales";
import { kerncijfersSql, type Kerncijfers } from "@/lib/export/reports/kerncijfers";
import * as plain from "@/lib/testing/rapport-per-telling";
import { parseRapportPeriode, type RapportPeriode } from "./periode";
import { maakRapport, type Rapport } from "./rapport";

let db: Awaited<ReturnType<typeof createTestDb>>;
let tx: Tx;
let gemeente: string;
beforeAll(async () => {
  db = await createTestDb();
  await runSynth(db.prisma, dbHandle()!, { scale: SCALES.small, seed: 3, jaar: 2025 });
  tx = db.prisma as unknown as Tx;
  const [{ g }] = await db.prisma.$queryRaw<{ g: string }[]>`
    SELECT gemeentecode AS g FROM casus WHERE gemeentecode IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`;
  gemeente = g;
}, 300_000);
afterAll(() => db.close());

const sorted = (m: Map<string, number>) => Object.fromEntries([...m].filter(([, n]) => n > 0).sort());
const tabel = (r: Rapport, id: string, welke: "huidig" | "vorige") =>
  Object.fromEntries(
    r.tabellen
      .find((t) => t.id === id)!
      .rijen.filter((x) => x[welke] > 0)
      .map((x) => [x.sleutel, x[welke]])
      .sort(),
  );

async function vergelijk(code: string, g: string | null) {
  const keuze = parseRapportPeriode(code);
  if (!keuze.ok) throw new Error(keuze.message);
  const p = keuze.periode;
  const r = await maakRapport(tx, p, g);
  const kern = async (x: RapportPeriode) =>
    (await db.prisma.$queryRawUnsafe<Kerncijfers[]>(kerncijfersSql(x.start, x.end)))[0];
  expect(r.totalen).toEqual(await kern(p));
  expect(r.totalenVorige).toEqual(await kern(p.vorige));
  expect(r.totalen.ontvangen_meldingen).toBeGreaterThan(0);
  for (const t of r.tabellen) {
    const naam = t.id as plain.TellingNaam;
    expect(tabel(r, t.id, "huidig"), `${code} ${g} ${t.id}`).toEqual(sorted(await plain.telling(tx, naam, p, g)));
    expect(tabel(r, t.id, "vorige"), `${code} ${g} ${t.id} vorige`).toEqual(
      sorted(await plain.telling(tx, naam, p.vorige, g)),
    );
  }
  expect(r.per_gemeente.map(({ gemeentenaam: _, ...rest }) => rest)).toEqual(await plain.perGemeente(tx, p, g));
  expect(r.doorlooptijden.huidig).toEqual(await plain.doorlooptijden(tx, p, g));
  expect(r.doorlooptijden.vorige).toEqual(await plain.doorlooptijden(tx, p.vorige, g));
  return r;
}

test("a half year: every count equals its plain query; totals equal the kerncijfers", async () => {
  const r = await vergelijk("2025H2", null);
  expect(r.tabellen.find((t) => t.id === "leeftijd")!.rijen.length).toBeGreaterThan(3);
  expect(r.per_gemeente.length).toBeGreaterThan(3);
});

test("one gemeente, a quarter and a from–to range", async () => {
  await vergelijk("2025H2", gemeente);
  await vergelijk("2025K3", null);
  await vergelijk("2025-03-15..2025-10-14", gemeente);
});

test("after corrections the betrokkenen rows equal their definition, and the report its plain queries", async () => {
  const definitie = `
    SELECT mb."meldingId", mb."betrokkeneId", mb."casusId", m."datumMelding" AS datum,
           lag(m."datumMelding") OVER (PARTITION BY mb."betrokkeneId" ORDER BY m."datumMelding", m.id) AS eerder,
           bt.geslacht, vt_jaren(bt.geboortedatum, m."datumMelding") AS jaren
    FROM melding_betrokkene mb JOIN melding m ON m.id = mb."meldingId" AND m."ingetrokkenOp" IS NULL
      JOIN betrokkene bt ON bt.id = mb."betrokkeneId"`;
  const rijen = async (sql: string) =>
    db.prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM (${sql}) x ORDER BY "meldingId", "betrokkeneId"`);
  // In 2025H2: a date of birth and a sex corrected, a melding withdrawn, a melding moved into the first half year, a
  // person taken off a melding, and one added to another melding of the casus.
  const h2 = `SELECT m.id FROM melding m WHERE m."datumMelding" >= '2025-07-01' AND m."ingetrokkenOp" IS NULL ORDER BY m.id`;
  await db.exec(`
    UPDATE betrokkene SET geboortedatum = '20240300', geslacht = '2' WHERE id IN (
      SELECT "betrokkeneId" FROM melding_betrokkene WHERE "meldingId" IN (${h2} LIMIT 5));
    UPDATE melding SET "ingetrokkenOp" = '2025-12-01', "intrekReden" = 'test' WHERE id IN (${h2} OFFSET 5 LIMIT 3);
    UPDATE melding SET "datumMelding" = '2025-06-15' WHERE id IN (${h2} OFFSET 8 LIMIT 3);
    DELETE FROM melding_betrokkene WHERE ("meldingId", "betrokkeneId") IN (
      SELECT mb."meldingId", min(mb."betrokkeneId") FROM melding_betrokkene mb WHERE mb."meldingId" IN (${h2} OFFSET 11 LIMIT 3)
      GROUP BY 1);
    INSERT INTO melding_betrokkene ("meldingId", "casusId", "betrokkeneId")
      SELECT m.id, m."casusId", bt.id FROM melding m JOIN betrokkene bt ON bt."casusId" = m."casusId"
      WHERE m.id IN (${h2} OFFSET 14 LIMIT 20)
        AND NOT EXISTS (SELECT 1 FROM melding_betrokkene x WHERE x."meldingId" = m.id AND x."betrokkeneId" = bt.id)
      LIMIT 3;`);
  expect(await rijen("SELECT * FROM rapport_betrokkene_melding")).toEqual(await rijen(definitie));
  await vergelijk("2025H2", null);
  await vergelijk("2025H2", gemeente);
});
