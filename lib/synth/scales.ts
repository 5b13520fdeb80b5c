// Volumes per year for one Veilig Thuis organisation (see /work/shared/domain/README.md, "Volumes").
// The model (lib/synth/casus.ts) turns new casussen into meldingen, diensten, overdrachten and monitoring; the
// numbers here are the inputs it is tuned against.

export type ScaleName = "tiny" | "small" | "region" | "national";

export type Scale = {
  name: ScaleName;
  /** Veilig Thuis region whose gemeenten are used; null = all gemeenten of the country. */
  regio: string | null;
  /** Written to organisatie.vtRegioCode. */
  vtRegioCode: string;
  organisatieNaam: string;
  /** New casussen started per year. */
  casussenPerJaar: number;
  /** Meldingen per year / new casussen per year (vervolgmeldingen make up the difference). */
  meldingenPerCasus: number;
  adviezenPerJaar: number;
  /** Synthetic users per role. */
  users: {
    TRIAGE: number;
    CASEMANAGER: number;
    GEDRAGSWETENSCHAPPER: number;
    TEAMLEIDER: number;
    BEHEERDER: number;
    PRIVACY: number;
    RAPPORTAGE: number;
  };
};

const fewUsers = {
  TRIAGE: 3,
  CASEMANAGER: 4,
  GEDRAGSWETENSCHAPPER: 2,
  TEAMLEIDER: 1,
  BEHEERDER: 1,
  PRIVACY: 1,
  RAPPORTAGE: 1,
};

export const SCALES: Record<ScaleName, Scale> = {
  // Hidden: for tests only.
  tiny: {
    name: "tiny",
    regio: "VT07",
    vtRegioCode: "VT07",
    organisatieNaam: "Veilig Thuis Gooi en Vechtstreek (synthetisch, tiny)",
    casussenPerJaar: 50,
    meldingenPerCasus: 1.3,
    adviezenPerJaar: 60,
    users: fewUsers,
  },
  small: {
    name: "small",
    regio: "VT07",
    vtRegioCode: "VT07",
    organisatieNaam: "Veilig Thuis Gooi en Vechtstreek (synthetisch)",
    casussenPerJaar: 1300,
    meldingenPerCasus: 1600 / 1300,
    adviezenPerJaar: 1500,
    users: fewUsers,
  },
  region: {
    name: "region",
    regio: "VT18",
    vtRegioCode: "VT18",
    organisatieNaam: "Veilig Thuis Rotterdam-Rijnmond (synthetisch)",
    casussenPerJaar: 11000,
    meldingenPerCasus: 15000 / 11000,
    adviezenPerJaar: 9000,
    users: {
      TRIAGE: 6,
      CASEMANAGER: 8,
      GEDRAGSWETENSCHAPPER: 3,
      TEAMLEIDER: 2,
      BEHEERDER: 1,
      PRIVACY: 1,
      RAPPORTAGE: 1,
    },
  },
  national: {
    name: "national",
    regio: null,
    vtRegioCode: "VT18",
    organisatieNaam: "Veilig Thuis Nederland (synthetisch, alle regio's)",
    casussenPerJaar: 100000,
    meldingenPerCasus: 1.3,
    adviezenPerJaar: 110000,
    users: {
      TRIAGE: 8,
      CASEMANAGER: 12,
      GEDRAGSWETENSCHAPPER: 4,
      TEAMLEIDER: 3,
      BEHEERDER: 1,
      PRIVACY: 1,
      RAPPORTAGE: 1,
    },
  },
};

export const PUBLIC_SCALES: ScaleName[] = ["small", "region", "national"];

export function getScale(name: string): Scale | null {
  return Object.hasOwn(SCALES, name) ? SCALES[name as ScaleName] : null;
}
