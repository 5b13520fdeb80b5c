// The pure part of the synthetic data: day by day over the previous year (the history) and the year itself,
// new casussen and adviezen arrive; each is simulated and cut at the end of the year. Deterministic for a seed:
// every day and every casus draws from its own stream (mixSeed), and BSNs are handed out in generation order.
import { addDays, diffDays, makeDate } from "@/lib/domain/dates";
import { getFeestdagNaam } from "@/lib/domain/werkdagen";
import { generateAdvies } from "./advies";
import { pickVervolgmeldingen, simulateCasus } from "./casus";
import { cutAtYearEnd } from "./cut";
import { AARD_MELDING } from "./distributions";
import { createGemeentePicker, type GemeenteInfo } from "./gemeenten";
import { BsnRegistry, makeHousehold, reuseHousehold, type Household } from "./people";
import { mixSeed, Rng } from "./prng";
import type { Scale } from "./scales";
import type { GenAdvies, GenCasus, SynthUsers } from "./types";

export type GeneratorOptions = {
  seed: number;
  jaar: number;
  scale: Scale;
  gemeenten: GemeenteInfo[];
  users: SynthUsers;
  batchSize?: number;
  /** BSNs of persons already in the database (append mode): new persons never get one of them. */
  reservedBsns?: Iterable<string>;
};

/** Share of new casussen about people known from an earlier, closed casus. */
export const HERMELDING_KANS = 0.2;
/** Share of the casussen closed in the previous year that is kept as history (and can lead to a hermelding). */
export const HISTORIE_KANS = 0.25;
const POOL_MAX = 20_000;

// Meldingen come in every day (police zorgmeldingen too), fewer at weekends; adviezen mostly on werkdagen.
const MELDING_WEEKDAG = [0.45, 1.25, 1.1, 1.1, 1.1, 1.1, 0.5].map((w) => (w * 7) / 6.6);
const ADVIES_WEEKDAG = [0.25, 1.3, 1.3, 1.3, 1.3, 1.3, 0.25];
const MAAND = [1.0, 1.0, 1.05, 1.0, 1.0, 1.0, 0.9, 0.9, 1.05, 1.05, 1.05, 0.95];

function dayFactor(datum: Date, weekdag: number[]): number {
  const feestdag = getFeestdagNaam(datum) !== null;
  return (feestdag ? 0.4 : weekdag[datum.getUTCDay()]) * MAAND[datum.getUTCMonth()];
}

/** Arrivals per day so that the year as a whole gets `perJaar` (weekends, feestdagen and months vary). */
function perDayRate(perJaar: number, jaar: number, weekdag: number[]): (datum: Date) => number {
  let total = 0;
  for (let d = makeDate(jaar, 1, 1); d.getUTCFullYear() === jaar; d = addDays(d, 1)) total += dayFactor(d, weekdag);
  return (datum) => (perJaar / total) * dayFactor(datum, weekdag);
}

function takeFrom<T>(list: T[], i: number): T {
  const item = list[i];
  list[i] = list[list.length - 1];
  list.pop();
  return item;
}

export const yearBounds = (jaar: number) => ({
  start: makeDate(jaar, 1, 1),
  end: makeDate(jaar, 12, 31),
  historyStart: makeDate(jaar - 1, 1, 1),
});

/** Casussen in batches, in order of begindatum. */
export function* generateCasussen(opts: GeneratorOptions): Generator<GenCasus[]> {
  const { seed, jaar, scale, users } = opts;
  const { start, end, historyStart } = yearBounds(jaar);
  const picker = createGemeentePicker(opts.gemeenten, scale.regio);
  const bsns = new BsnRegistry();
  if (opts.reservedBsns) bsns.reserve(opts.reservedBsns);
  const rate = perDayRate(scale.casussenPerJaar, jaar, MELDING_WEEKDAG);
  const p1 = Math.min(0.95, (scale.meldingenPerCasus - 1) / 1.3);
  const pool: Household[] = [];
  const closing = new Map<number, Household[]>(); // day index → households of casussen closing that day
  const batchSize = opts.batchSize ?? 2000;
  let batch: GenCasus[] = [];
  let seq = 0;

  for (let day = 0, datum = historyStart; datum <= end; day++, datum = addDays(datum, 1)) {
    const dayRng = new Rng(mixSeed(seed, 1, day));
    for (const h of closing.get(day - 1) ?? []) {
      if (pool.length < POOL_MAX) pool.push(h);
      else pool[dayRng.int(0, POOL_MAX - 1)] = h;
    }
    closing.delete(day - 1);
    const n = dayRng.poisson(rate(datum));
    for (let i = 0; i < n; i++) {
      const rng = new Rng(mixSeed(seed, 2, seq));
      const hermelding = pool.length > 0 && rng.chance(HERMELDING_KANS);
      const aard = rng.weighted(AARD_MELDING);
      // The family leaves the pool while its new casus is open (it returns when that one closes).
      const household = hermelding
        ? reuseHousehold(rng, bsns, takeFrom(pool, rng.int(0, pool.length - 1)), datum)
        : makeHousehold(rng, bsns, aard, datum, picker.pick(rng.next()));
      const full = simulateCasus(
        { rng, users, bsns },
        seq++,
        household,
        hermelding,
        aard,
        pickVervolgmeldingen(rng, p1),
      );
      const casus = cutAtYearEnd(full, end);
      const history = datum < start && casus.einddatum !== null && casus.einddatum < start;
      if (history && !rng.chance(HISTORIE_KANS)) continue;
      batch.push(casus);
      if (casus.einddatum !== null) {
        const closeDay = diffDays(historyStart, casus.einddatum);
        const list = closing.get(closeDay) ?? [];
        list.push({ gemeente: household.gemeente, datum: full.begindatum, personen: full.personen });
        closing.set(closeDay, list);
      }
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/** Adviezen active in the year (a few started in the last two months of the previous year), in batches. */
export function* generateAdviezen(opts: GeneratorOptions): Generator<GenAdvies[]> {
  const { seed, jaar, scale, users } = opts;
  const { start, end } = yearBounds(jaar);
  const picker = createGemeentePicker(opts.gemeenten, scale.regio);
  const rate = perDayRate(scale.adviezenPerJaar, jaar, ADVIES_WEEKDAG);
  const batchSize = opts.batchSize ?? 2000;
  let batch: GenAdvies[] = [];
  for (let day = 0, datum = makeDate(jaar - 1, 11, 1); datum <= end; day++, datum = addDays(datum, 1)) {
    const rng = new Rng(mixSeed(seed, 3, day));
    const n = rng.poisson(rate(datum));
    for (let i = 0; i < n; i++) {
      const advies = generateAdvies(rng, datum, end, picker, users.TRIAGE);
      if (datum < start && advies.einddatum !== null && advies.einddatum < start) continue;
      batch.push(advies);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
