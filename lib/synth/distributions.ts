// How often each code occurs, after the shares CBS publishes (domain README, "Volumes"): two thirds of the
// meldingen from the police, ~41 % acute or structural unsafety, ~50 % overdracht at the beoordeling, ~25 %
// vervolgstappen bij Veilig Thuis. Weights need not sum to 100.
import type { Rng, Weighted } from "./prng";

export type Melder = {
  functieRol: string;
  organisatie: string;
  soort: "politie" | "beroeps" | "niet-beroeps" | "onbekend";
};

/** Professional functie (list D) with a fitting organisatie (list E). */
const BEROEPS: Weighted<readonly [string, string]> = [
  [["21", "04"], 2.5],
  [["22", "01"], 1.5],
  [["23", "05"], 1.5],
  [["24", "05"], 0.5],
  [["24", "06"], 0.6],
  [["25", "02"], 0.5],
  [["26", "08"], 1.5],
  [["27", "03"], 0.4],
  [["28", "10"], 3.5],
  [["29", "11"], 0.5],
  [["30", "09"], 0.7],
  [["31", "14"], 3.5],
  [["32", "12"], 2.5],
  [["32", "13"], 1.5],
  [["34", "16"], 0.3],
  [["35", "17"], 0.6],
  [["36", "19"], 1.0],
  [["37", "18"], 0.8],
  [["37", "21"], 0.8],
  [["37", "20"], 0.2],
  [["24", "07"], 0.3],
];
const NIET_BEROEPS: Weighted<string> = [
  ["01", 0.5],
  ["02", 3],
  ["03", 2.5],
  ["04", 1.2],
  ["05", 1.5],
  ["06", 0.2],
  ["07", 0.6],
];

function pickMelder(
  rng: Rng,
  shares: { politie: number; beroeps: number; nietBeroeps: number; onbekend: number },
): Melder {
  const soort = rng.weighted<Melder["soort"]>([
    ["politie", shares.politie],
    ["beroeps", shares.beroeps],
    ["niet-beroeps", shares.nietBeroeps],
    ["onbekend", shares.onbekend],
  ]);
  if (soort === "politie") return { functieRol: "33", organisatie: "15", soort };
  if (soort === "onbekend") return { functieRol: "99", organisatie: "99", soort };
  if (soort === "niet-beroeps") return { functieRol: rng.weighted(NIET_BEROEPS), organisatie: "98", soort };
  const [functieRol, organisatie] = rng.weighted(BEROEPS);
  return { functieRol, organisatie, soort };
}

export const pickMelderMelding = (rng: Rng) =>
  pickMelder(rng, { politie: 66, beroeps: 24, nietBeroeps: 9, onbekend: 1 });
export const pickAdviesvrager = (rng: Rng) =>
  pickMelder(rng, { politie: 3, beroeps: 62, nietBeroeps: 33, onbekend: 2 });

export const AARD_MELDING: Weighted<string[]> = [
  [["01"], 40],
  [["03"], 36],
  [["01", "03"], 12],
  [["02"], 2.5],
  [["04"], 3],
  [["05"], 3.5],
  [["06"], 1.5],
  [["03", "05"], 0.5],
  [["01", "06"], 0.5],
  [[], 0.5],
];
export const AARD_ADVIES: Weighted<string[]> = [
  [["01"], 45],
  [["03"], 28],
  [["01", "03"], 8],
  [["02"], 3],
  [["04"], 5],
  [["05"], 4],
  [["06"], 5],
  [[], 2],
];

const AANVULLEND: Weighted<string> = [
  ["01", 45],
  ["08", 20],
  ["02", 8],
  ["03", 4],
  ["04", 2],
  ["05", 2],
  ["06", 3],
  ["07", 8],
];
/** Aanvullende informatie (list B) is rare: most meldingen and adviezen have none. */
export function pickAanvullend(rng: Rng, share = 0.1): string[] {
  if (!rng.chance(share)) return [];
  const first = rng.weighted(AANVULLEND);
  if (!rng.chance(0.1)) return [first];
  const second = rng.weighted(AANVULLEND);
  return second === first ? [first] : [first, second].sort();
}

/** Duur (list C): onbekend (99) in ≈ 9 % — every 99 is a K12 warning in the delivery. */
export const DUUR: Weighted<string> = [
  ["01", 12],
  ["02", 8],
  ["03", 14],
  ["04", 10],
  ["05", 20],
  ["06", 14],
  ["99", 7.5],
];

/** Veiligheidstaxatie (list G): 01 + 02 ≈ 41 %. */
export const TAXATIE: Weighted<string> = [
  ["01", 8],
  ["02", 33],
  ["03", 22],
  ["04", 20],
  ["05", 15],
  ["99", 2],
];

/** Inhoud (list F) given the taxatie; the marginal is ≈ 24 % 01, 50 % 02, 19 % 03, 7 % 04. */
export const INHOUD_BIJ_TAXATIE: Record<string, Weighted<string>> = {
  "01": [
    ["01", 45],
    ["02", 50],
    ["04", 5],
  ],
  "02": [
    ["01", 40],
    ["02", 52],
    ["03", 3],
    ["04", 5],
  ],
  "03": [
    ["01", 12],
    ["02", 55],
    ["03", 25],
    ["04", 8],
  ],
  "04": [
    ["01", 20],
    ["02", 60],
    ["03", 10],
    ["04", 10],
  ],
  "05": [
    ["01", 3],
    ["02", 25],
    ["03", 65],
    ["04", 7],
  ],
  "99": [
    ["01", 20],
    ["02", 50],
    ["03", 20],
    ["04", 10],
  ],
};

/** Werkdagen from melding to beoordeling for a non-acute melding: ≈ 89 % within the 5-day term. */
export const BEOORDELING_WERKDAGEN: Weighted<number> = [
  [0, 10],
  [1, 20],
  [2, 20],
  [3, 17],
  [4, 12],
  [5, 10],
  [6, 3],
  [7, 2.5],
  [8, 2],
  [10, 1.5],
  [12, 1],
  [15, 1],
];

export const PARTIJ_NA_BEOORDELING: Weighted<string> = [
  ["02", 30],
  ["03", 20],
  ["01", 8],
  ["08", 8],
  ["04", 3],
  ["05", 3],
  ["06", 5],
  ["07", 1],
  ["09", 3],
  ["10", 3],
  ["11", 1],
  ["12", 3],
  ["13", 3],
  ["14", 2],
  ["15", 1],
  ["16", 3],
  ["17", 2],
  ["18", 1],
  ["19", 2],
];
export const PARTIJ_NA_DIENST: Weighted<string> = [
  ["02", 28],
  ["08", 15],
  ["09", 8],
  ["05", 7],
  ["03", 12],
  ["12", 5],
  ["13", 5],
  ["10", 4],
  ["17", 4],
  ["01", 4],
  ["16", 2],
  ["14", 2],
  ["15", 1],
  ["06", 1],
  ["19", 2],
];
export const HULP: Weighted<string> = [
  ["1", 45],
  ["2", 45],
  ["9", 10],
];

/** Share of episodes with monitoring after the overdracht, by taxatie. */
export const MONITORING_KANS: Record<string, number> = {
  "01": 0.25,
  "02": 0.18,
  "03": 0.06,
  "04": 0.1,
  "05": 0.02,
  "99": 0.06,
};
export const MONITORING_BASISSCORE: Record<string, number> = { "01": 4, "02": 5, "03": 6, "04": 5, "05": 7, "99": 6 };

/** Reden voortijdig afsluiten (list H2) for the few onderzoeken closed early. */
export const REDEN_VOORTIJDIG: Weighted<string> = [
  ["01", 30],
  ["02", 35],
  ["03", 5],
  ["04", 30],
];

export const MELDER_NAMEN: Record<Melder["soort"], string[]> = {
  politie: ["Agent P. de Wit", "Wijkagent J. Bakker", "Agent S. Yilmaz", "Brigadier M. Kok", "Agent L. Verhoeven"],
  beroeps: ["Mw. A. de Groot", "Dhr. R. Smits", "Mw. N. El Idrissi", "Dhr. T. van Dam", "Mw. K. Jacobs"],
  "niet-beroeps": ["Buurvrouw", "Oma van moederszijde", "Een tante", "Buurman", "Vriendin van moeder"],
  onbekend: ["Onbekend"],
};

export const TOELICHTING_MELDING = [
  "Politie is ter plaatse geweest na een ruzie met geweld tussen de ouders; de kinderen waren thuis.",
  "School maakt zich zorgen over blauwe plekken bij een leerling en zijn gedrag in de klas.",
  "Melder hoort regelmatig harde ruzies en geschreeuw bij de buren.",
  "Huisarts ziet letsel dat niet past bij de uitleg van de patiënt.",
  "Zorgmelding na een incident van huiselijk geweld; pleger is aangehouden.",
  "Jeugdhulpverlener signaleert dat de veiligheid van de kinderen niet is gewaarborgd.",
];
