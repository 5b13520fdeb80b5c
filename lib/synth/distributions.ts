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
  pickMelder(rng, { politie: 3, beroeps: 50, nietBeroeps: 45, onbekend: 2 });

/** Meldingen: (ex-)partnergeweld (03) in 33 %, andere problematiek (06) in 23 % (CBS 2e hj 2019). */
export const AARD_MELDING: Weighted<string[]> = [
  [["01"], 33],
  [["03"], 24],
  [["01", "03"], 8],
  [["02"], 3],
  [["04"], 3],
  [["05"], 4],
  [["06"], 20],
  [["01", "06"], 2],
  [["03", "06"], 1],
  [[], 2],
];
/** Adviezen: andere problematiek (06) in 29 %. */
export const AARD_ADVIES: Weighted<string[]> = [
  [["01"], 35],
  [["03"], 20],
  [["01", "03"], 5],
  [["02"], 3],
  [["04"], 4],
  [["05"], 3],
  [["06"], 29],
  [[], 1],
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
/** Adviezen ask about conflictscheiding (01) far more often: 17 % of them (CBS 2e hj 2019). */
export const AANVULLEND_ADVIES: Weighted<string> = [
  ["01", 80],
  ["08", 6],
  ["02", 4],
  ["03", 2],
  ["06", 2],
  ["07", 6],
];
/** Aanvullende informatie (list B) is rare on a melding: most have none. */
export function pickAanvullend(rng: Rng, share = 0.1, weights: Weighted<string> = AANVULLEND): string[] {
  if (!rng.chance(share)) return [];
  const first = rng.weighted(weights);
  if (!rng.chance(0.1)) return [first];
  const second = rng.weighted(weights);
  return second === first ? [first] : [first, second].sort();
}

/** Duur (list C): at most a week or onbekend in 39 % (CBS); onbekend (99) ≈ 10 % — a K12 warning each. */
export const DUUR: Weighted<string> = [
  ["01", 28],
  ["02", 8],
  ["03", 12],
  ["04", 8],
  ["05", 16],
  ["06", 10],
  ["99", 9],
];

/** Veiligheidstaxatie (list G): acute (01) 4 %, 01 + 02 ≈ 41 %. */
export const TAXATIE: Weighted<string> = [
  ["01", 4],
  ["02", 37],
  ["03", 22],
  ["04", 20],
  ["05", 15],
  ["99", 2],
];

/** Inhoud (list F) given the taxatie; the marginal is ≈ 13 % 01, 50 % 02, 28 % 03, 9 % 04 — so that about 14
 * diensten start per 100 meldingen (CBS: 4.5 Onderzoeken and 9.3 V&V). */
export const INHOUD_BIJ_TAXATIE: Record<string, Weighted<string>> = {
  "01": [
    ["01", 30],
    ["02", 50],
    ["03", 10],
    ["04", 10],
  ],
  "02": [
    ["01", 22],
    ["02", 52],
    ["03", 16],
    ["04", 10],
  ],
  "03": [
    ["01", 6],
    ["02", 55],
    ["03", 31],
    ["04", 8],
  ],
  "04": [
    ["01", 10],
    ["02", 60],
    ["03", 18],
    ["04", 12],
  ],
  "05": [
    ["01", 2],
    ["02", 25],
    ["03", 66],
    ["04", 7],
  ],
  "99": [
    ["01", 10],
    ["02", 50],
    ["03", 30],
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

/** Partij (list I): jeugdhulp and jeugdzorg (02, 08, 09, 12; lib/synth/doelen.ts) take 68 % of the overdrachten;
 * the police (06) and the Raad voor de Kinderbescherming (05) are rare (0.5 % and 0.7 % of the closed casussen). */
export const PARTIJ_NA_BEOORDELING: Weighted<string> = [
  ["02", 45],
  ["03", 8],
  ["01", 5],
  ["08", 15],
  ["04", 2],
  ["05", 0.5],
  ["06", 0.8],
  ["07", 0.5],
  ["09", 4],
  ["10", 2],
  ["11", 1],
  ["12", 4],
  ["13", 3],
  ["14", 2],
  ["15", 1],
  ["16", 3],
  ["17", 2],
  ["18", 1],
  ["19", 1.5],
];
export const PARTIJ_NA_DIENST: Weighted<string> = [
  ["02", 30],
  ["08", 22],
  ["09", 10],
  ["05", 1.5],
  ["03", 8],
  ["12", 6],
  ["13", 5],
  ["10", 3],
  ["17", 3],
  ["01", 3],
  ["16", 2],
  ["14", 2],
  ["15", 1],
  ["06", 0.6],
  ["19", 2],
];
export const HULP: Weighted<string> = [
  ["1", 45],
  ["2", 45],
  ["9", 10],
];

/** Share of episodes with monitoring after the overdracht, by taxatie. */
export const MONITORING_KANS: Record<string, number> = {
  "01": 0.8,
  "02": 0.62,
  "03": 0.21,
  "04": 0.35,
  "05": 0.07,
  "99": 0.21,
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
