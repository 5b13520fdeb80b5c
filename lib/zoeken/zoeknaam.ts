// The search key of a surname: what "de Vries", "De Vries", "Vries" and "VRIES" have in common, and "Ozturk" with
// "Öztürk". The database keeps the same key in betrokkene.zoeknaam (SQL function vt_zoeknaam in the migration
// 20261205235419_zoeknaam, kept by a trigger); an integration test holds both to the same answers, so that a
// search term normalised here finds the stored key with an index-backed prefix match (docs/decisions/014).
//
// Steps, identical in SQL: tussenvoegsel and achternaam joined; ß, æ, œ and the ĳ ligature spelled out, curly
// apostrophes made straight; accented letters to their plain letter (upper and lower case, so no locale's lower()
// is involved); ASCII lower case; leading tussenvoegsels removed; spaces, hyphens, apostrophes and dots removed.
// Every other character stays itself: "Jan_sen" is not "Jansen", and a search pattern escapes % and _.

/** Accented letters (upper and lower case) per plain letter. */
const ACCENTEN: Record<string, string> = {
  a: "ÀÁÂÃÄÅĀĂĄàáâãäåāăą",
  c: "ÇĆČçćč",
  d: "ĎĐďđ",
  e: "ÈÉÊËĒĖĘĚèéêëēėęě",
  g: "Ğğ",
  i: "ÌÍÎÏĪĮİìíîïīįı",
  n: "ÑŃŇñńň",
  o: "ÒÓÔÕÖØŌŐòóôõöøōő",
  r: "ŔŘŕř",
  s: "ŚŠŞśšş",
  t: "ŤŢťţ",
  u: "ÙÚÛÜŪŮŰŲùúûüūůűų",
  y: "ÝŸýÿ",
  z: "ŹŻŽźżž",
};
export const ACCENT_VAN = Object.values(ACCENTEN).join("");
export const ACCENT_NAAR = Object.entries(ACCENTEN)
  .map(([naar, van]) => naar.repeat([...van].length))
  .join("");

/** Words that precede the main part of a Dutch (or Arabic, French, German …) surname. */
export const TUSSENVOEGSEL_WOORDEN = [
  "van",
  "de",
  "der",
  "den",
  "het",
  "'t",
  "te",
  "ter",
  "ten",
  "in",
  "op",
  "la",
  "le",
  "du",
  "da",
  "di",
  "von",
  "zu",
  "al",
  "el",
  "uit",
  "aan",
  "bij",
] as const;

const LIGATUREN: [string, string][] = [
  ["’", "'"],
  ["‘", "'"],
  ["ß", "ss"],
  ["Æ", "ae"],
  ["æ", "ae"],
  ["Œ", "oe"],
  ["œ", "oe"],
  ["Ĳ", "ij"],
  ["ĳ", "ij"],
];

const accent = new Map([...ACCENT_VAN].map((c, i) => [c, ACCENT_NAAR[i]]));
const voorvoegsels = new RegExp(`^((${TUSSENVOEGSEL_WOORDEN.join("|")}) +)+`);

/** The search key of a name (tussenvoegsel may be part of the achternaam or given apart). */
export function zoeknaam(achternaam: string | null, tussenvoegsel: string | null = null): string {
  let s = `${tussenvoegsel ?? ""} ${achternaam ?? ""}`;
  for (const [van, naar] of LIGATUREN) s = s.replaceAll(van, naar);
  s = [...s].map((c) => accent.get(c) ?? c).join("");
  s = s.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/^ +| +$/g, "");
  return s.replace(voorvoegsels, "").replace(/[ '.-]/g, "");
}

/** The SQL of vt_zoeknaam, from the same constants (printed into the migration; see zoeknaam.int.test.ts). */
export function zoeknaamFunctionSql(): string {
  const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
  let expr = `coalesce(tussenvoegsel, '') || ' ' || coalesce(achternaam, '')`;
  for (const [van, naar] of LIGATUREN) expr = `replace(${expr}, ${q(van)}, ${q(naar)})`;
  expr = `translate(${expr}, ${q(ACCENT_VAN)}, ${q(ACCENT_NAAR)})`;
  expr = `btrim(translate(${expr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))`;
  expr = `regexp_replace(${expr}, ${q(voorvoegsels.source)}, '')`;
  expr = `regexp_replace(${expr}, '[ ''.-]', '', 'g')`;
  return `CREATE OR REPLACE FUNCTION vt_zoeknaam(achternaam text, tussenvoegsel text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ${expr};`;
}
