// Synthetic Dutch-looking names and addresses. Any resemblance to a real person is chance: combinations are
// drawn at random and every BSN is generated.
import type { Rng } from "./prng";
import { achternaamAt } from "./achternamen";

export const VOORNAMEN_M = [
  "Daan",
  "Sem",
  "Lucas",
  "Milan",
  "Levi",
  "Noah",
  "Finn",
  "Bram",
  "Jesse",
  "Thomas",
  "Ruben",
  "Mohamed",
  "Adam",
  "Youssef",
  "Liam",
  "Jayden",
  "Kevin",
  "Dennis",
  "Mark",
  "Peter",
  "Jan",
  "Kees",
  "Henk",
  "Ahmed",
  "Mehmet",
  "Stefan",
  "Rob",
  "Patrick",
  "Erik",
  "Sven",
  "Tim",
  "Gerrit",
  "Willem",
  "Hans",
  "Ricardo",
  "Dylan",
  "Omar",
];
export const VOORNAMEN_V = [
  "Emma",
  "Julia",
  "Mila",
  "Sophie",
  "Tess",
  "Zoë",
  "Sara",
  "Anna",
  "Noor",
  "Lotte",
  "Fleur",
  "Eva",
  "Lieke",
  "Sanne",
  "Fatima",
  "Yasmina",
  "Priya",
  "Anouk",
  "Kim",
  "Linda",
  "Monique",
  "Ingrid",
  "Petra",
  "Johanna",
  "Maria",
  "Wilma",
  "Naima",
  "Esra",
  "Chantal",
  "Samira",
  "Iris",
  "Femke",
  "Marloes",
  "Ayla",
  "Nina",
  "Demi",
];
const STRATEN = [
  "Dorpsstraat",
  "Kerkstraat",
  "Schoolstraat",
  "Molenweg",
  "Stationsweg",
  "Julianastraat",
  "Beatrixlaan",
  "Wilhelminastraat",
  "Oranjestraat",
  "Lindelaan",
  "Eikenlaan",
  "Beukenlaan",
  "Kastanjelaan",
  "Prinses Irenestraat",
  "Burgemeester de Jonghlaan",
  "Havenstraat",
  "Nieuwstraat",
  "Hoofdstraat",
  "Parklaan",
  "Vondelstraat",
  "Rembrandtlaan",
  "Marktplein",
  "Spoorlaan",
  "Zuiderhof",
  "Noordsingel",
  "Tulpstraat",
  "Rozenstraat",
];

export type Naam = { achternaam: string; tussenvoegsel: string | null };
export type Adres = { straat: string; huisnummer: string; postcode: string; woonplaats: string };

/** A surname with the population's frequencies (one draw, as before: the rest of the stream is unchanged). */
export function pickAchternaam(rng: Rng): Naam {
  return achternaamAt(rng.next());
}

export function pickVoornaam(rng: Rng, geslacht: string): string {
  if (geslacht === "1") return rng.pick(VOORNAMEN_M);
  if (geslacht === "2") return rng.pick(VOORNAMEN_V);
  return rng.pick(rng.chance(0.5) ? VOORNAMEN_M : VOORNAMEN_V);
}

const LETTERS = "ABCEGHJKLMNPRTVWXZ"; // no SA/SD/SS combinations possible
export function makeAdres(rng: Rng, woonplaats: string): Adres {
  const postcode = `${rng.int(1000, 9999)}${LETTERS[rng.int(0, LETTERS.length - 1)]}${LETTERS[rng.int(0, LETTERS.length - 1)]}`;
  const huisnummer = String(rng.int(1, 240)) + (rng.chance(0.08) ? rng.pick(["A", "B", "-1", "-2"]) : "");
  return { straat: rng.pick(STRATEN), huisnummer, postcode, woonplaats };
}

export function makeTelefoon(rng: Rng): string {
  return `06-${String(rng.int(10000000, 99999999))}`;
}
