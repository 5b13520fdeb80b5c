// Gemeenten of the synthetic organisation with a weight close to their population, so that big cities get
// most of the casussen. The CSV has no population; the larger gemeenten are listed here (≈ 2024, thousands),
// the rest get a stable pseudo-random size between 15 000 and 60 000.
import { mixSeed } from "./prng";

const INWONERS_K: Record<string, number> = {
  // Gooi en Vechtstreek (VT07)
  "0402": 92,
  "1942": 59,
  "0406": 41,
  "1696": 24,
  "0376": 12,
  "0417": 11.5,
  // Rotterdam-Rijnmond (VT18)
  "0599": 670,
  "1930": 88,
  "0606": 80,
  "0622": 75,
  "1992": 71,
  "0502": 68,
  "1621": 65,
  "1924": 52,
  "0489": 50,
  "0597": 47,
  "0556": 33,
  "0542": 29,
  "0613": 26,
  // The largest gemeenten of the country
  "0363": 930,
  "0518": 560,
  "0344": 370,
  "0772": 245,
  "0014": 240,
  "0855": 225,
  "0034": 225,
  "0758": 186,
  "0268": 182,
  "0200": 168,
  "0202": 167,
  "0392": 164,
  "0153": 161,
  "0394": 160,
  "0307": 160,
  "0479": 160,
  "0796": 160,
  "0193": 132,
  "0546": 128,
  "0637": 127,
  "0080": 126,
  "0935": 122,
  "0228": 122,
  "0505": 121,
  "1783": 115,
  "0361": 111,
  "0114": 108,
  "0503": 105,
  "0983": 102,
  "0150": 102,
  "0794": 94,
  "0828": 94,
  "0362": 93,
  "1883": 91,
};

export type GemeenteInfo = { code: string; naam: string; vtRegioCode: string };
export type GemeentePicker = { pick: (u: number) => GemeenteInfo; list: GemeenteInfo[] };

export function inwonersOf(code: string): number {
  return INWONERS_K[code] ?? 15 + (mixSeed(Number(code)) % 46);
}

/** Weighted picker over the gemeenten of a region (or all), driven by one uniform number u in [0, 1). */
export function createGemeentePicker(all: GemeenteInfo[], regio: string | null): GemeentePicker {
  const list = all
    .filter((g) => regio === null || g.vtRegioCode === regio)
    .sort((a, b) => a.code.localeCompare(b.code));
  if (list.length === 0) throw new Error(`Geen gemeenten gevonden voor regio ${regio}`);
  const cumulative: number[] = [];
  let total = 0;
  for (const g of list) cumulative.push((total += inwonersOf(g.code)));
  return {
    list,
    pick(u) {
      const target = u * total;
      let lo = 0,
        hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > target) hi = mid;
        else lo = mid + 1;
      }
      return list[lo];
    },
  };
}
