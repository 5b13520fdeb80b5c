// Synthetic surnames with the shape of the Dutch population: the common names as often as they really are (de Jong
// about 0.5 % of the population, the fifty most common together about 8 %), then a long tail of a thousand-odd
// composed names. A search test or benchmark on this data meets what a real organisation meets: a few names with
// thousands of carriers at national scale, most with a few hundred.
import type { Naam } from "./names";

/** The common surnames with their carriers per 100 000 inhabitants (rounded, after the Meertens family name bank). */
const GEWOON: ReadonlyArray<readonly [string | null, string, number]> = [
  ["de", "Jong", 530],
  [null, "Jansen", 455],
  ["de", "Vries", 446],
  ["van den", "Berg", 370],
  ["van", "Dijk", 356],
  [null, "Bakker", 352],
  [null, "Janssen", 343],
  [null, "Visser", 311],
  [null, "Smit", 278],
  [null, "Meijer", 249],
  ["de", "Boer", 243],
  [null, "Mulder", 226],
  ["de", "Groot", 225],
  [null, "Bos", 219],
  [null, "Vos", 189],
  [null, "Peters", 188],
  [null, "Hendriks", 185],
  ["van", "Leeuwen", 176],
  [null, "Dekker", 171],
  [null, "Brouwer", 165],
  ["de", "Wit", 160],
  [null, "Dijkstra", 158],
  [null, "Smits", 153],
  ["de", "Graaf", 150],
  ["van der", "Meer", 149],
  ["van der", "Linden", 140],
  [null, "Kok", 138],
  [null, "Jacobs", 136],
  ["de", "Haan", 133],
  [null, "Vermeulen", 132],
  ["van den", "Heuvel", 131],
  ["van der", "Veen", 127],
  ["van den", "Broek", 125],
  ["de", "Bruijn", 122],
  [null, "Willems", 110],
  [null, "Verhoeven", 105],
  [null, "Schouten", 100],
  [null, "Koster", 100],
  [null, "Prins", 95],
  [null, "Pietersen", 60],
  [null, "Yilmaz", 60],
  [null, "Kaya", 45],
  [null, "Öztürk", 30],
  [null, "Nguyen", 20],
  [null, "El Amrani", 20],
  [null, "Bouali", 15],
  [null, "Pinas", 15],
  [null, "Kowalski", 10],
  [null, "Sedney", 8],
];

const STAMMEN = (
  "Hoek Brink Wester Ooster Zuider Noord Veld Zand Molen Kerk Boom Steen Wal Dam Hof Bosch Lang Kort Groen Blom " +
  "Roos Beek Horst Haver Koe Schaap Bie Wolt Hol Graven Linde Eike Ber Ros Sta Til Vel Wie Harm Gerrit Klaas Tjeer " +
  "Sijb Hid Ee Kuip Timmer Smeed"
).split(" ");
const ACHTER = (
  "man mans stra sma inga ink ing huis kamp veld berg hout " +
  "er ers ema horst dijk broek land meijer beek kes sen hof"
).split(" ");
/** Three in eleven composed names have a tussenvoegsel, as "van Hoekhuis" or "ter Brinkveld". */
const TUSSEN: ReadonlyArray<string | null> = ["van", "van de", "ter", ...Array<null>(8).fill(null)];

const PER = 100_000;
const GEWOON_DEEL = GEWOON.reduce((s, [, , n]) => s + n, 0) / PER;
const SAMENGESTELD = STAMMEN.length * ACHTER.length;

/** The surname at u in [0, 1): one uniform draw gives one name, with the population's frequencies. */
export function achternaamAt(u: number): Naam {
  if (u < GEWOON_DEEL) {
    let r = u * PER;
    for (const [tussenvoegsel, achternaam, n] of GEWOON) {
      r -= n;
      if (r < 0) return { tussenvoegsel, achternaam };
    }
  }
  const i = Math.min(SAMENGESTELD - 1, Math.max(0, Math.floor(((u - GEWOON_DEEL) / (1 - GEWOON_DEEL)) * SAMENGESTELD)));
  const stam = STAMMEN[Math.floor(i / ACHTER.length)];
  return { tussenvoegsel: TUSSEN[i % TUSSEN.length], achternaam: stam + ACHTER[i % ACHTER.length] };
}
