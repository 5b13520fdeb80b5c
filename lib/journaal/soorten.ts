// The kinds of contact a journaalregel records. The codes are also a CHECK constraint in the database
// (migration 20261205213458_dossier; lib/journaal/soorten.test.ts keeps both equal).
export const JOURNAAL_SOORTEN = {
  telefoongesprek: "Telefoongesprek",
  huisbezoek: "Huisbezoek",
  gesprek_kantoor: "Gesprek op kantoor",
  overleg_professional: "Overleg met professional",
  mdo: "Multidisciplinair overleg",
  consultatie_gw: "Consultatie gedragswetenschapper",
  email_brief: "E-mail of brief",
  anders: "Anders",
} as const;
export type JournaalSoort = keyof typeof JOURNAAL_SOORTEN;
export const JOURNAAL_SOORT_CODES = Object.keys(JOURNAAL_SOORTEN) as JournaalSoort[];

export const VERSLAG_MAX = 20_000;
