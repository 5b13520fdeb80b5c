// One search box: casusnummer (C…), meldingnummer (M…), BSN (9 digits, elfproef) or achternaam, optionally
// followed by a geboortedatum. The schema classifies the term; the query never sees free text it did not vet.
import { z } from "zod";
import "@/lib/domain/zod-fields";
import { checkBsn, isSpecialBsn } from "@/lib/domain/bsn";
import { isValidYmd, makeDate, todayInAmsterdam, compareDates } from "@/lib/domain/dates";

export type ZoekGeboortedatum = { jaar: number; maand?: number; dag?: number };
export type Zoekvraag =
  | { soort: "casusnummer"; nummer: string }
  | { soort: "meldingnummer"; nummer: string }
  | { soort: "adviesnummer"; nummer: string }
  | { soort: "bsn"; bsn: string }
  | { soort: "naam"; naam: string; geboortedatum: ZoekGeboortedatum | null };
export type ZoekSoort = Zoekvraag["soort"];

export const ZOEK_MESSAGES = {
  leeg: "Vul een zoekterm in.",
  lang: "De zoekterm mag hoogstens 100 tekens lang zijn.",
  onbekend:
    "Zoek op casusnummer (C2026-000123), meldingnummer (M2026-000123), adviesnummer (A2026-000123), BSN (9 cijfers) of achternaam, eventueel met geboortedatum (dd-mm-jjjj).",
  bsnLengte: "Een BSN bestaat uit 9 cijfers.",
  bsnSpeciaal: "Op een onbekend of ongeboren BSN kunt u niet zoeken; zoek op naam en geboortedatum.",
  naamKort: "Vul minstens 2 letters van de achternaam in.",
  datum: "De geboortedatum is geen geldige datum; gebruik dd-mm-jjjj.",
  datumToekomst: "De geboortedatum ligt in de toekomst.",
} as const;

const NUMMER = /^([CMA])\s*(\d{4})\s*-?\s*(\d{1,15})$/i;
const NAAM = /^[\p{L}][\p{L}' -]*$/u;
const DATUM_NL = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const DATUM_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const JAAR = /^(\d{4})$/;

/** dd-mm-jjjj, jjjj-mm-dd or a year; a string is a Dutch message. */
function parseDatum(s: string, today: Date): ZoekGeboortedatum | string {
  let m = DATUM_NL.exec(s);
  const [jaar, maand, dag] = m
    ? [Number(m[3]), Number(m[2]), Number(m[1])]
    : (m = DATUM_ISO.exec(s))
      ? [Number(m[1]), Number(m[2]), Number(m[3])]
      : [NaN, 0, 0];
  if (Number.isNaN(jaar)) {
    const y = JAAR.exec(s);
    if (!y) return ZOEK_MESSAGES.datum;
    const j = Number(y[1]);
    if (j < 1890) return ZOEK_MESSAGES.datum;
    return j > today.getUTCFullYear() ? ZOEK_MESSAGES.datumToekomst : { jaar: j };
  }
  if (!isValidYmd(jaar, maand, dag) || jaar < 1890) return ZOEK_MESSAGES.datum;
  if (compareDates(makeDate(jaar, maand, dag), today) > 0) return ZOEK_MESSAGES.datumToekomst;
  return { jaar, maand, dag };
}

/** Classifies a search term; a string is a Dutch message for the user. */
export function classifyZoekterm(raw: string, today = todayInAmsterdam()): Zoekvraag | string {
  const s = raw.replace(/\s+/g, " ").trim();
  const nummer = NUMMER.exec(s);
  if (nummer) {
    const n = `${nummer[1].toUpperCase()}${nummer[2]}-${nummer[3].padStart(6, "0")}`;
    if (n.length > 20) return ZOEK_MESSAGES.onbekend;
    const letter = nummer[1].toUpperCase();
    return letter === "C"
      ? { soort: "casusnummer", nummer: n }
      : letter === "M"
        ? { soort: "meldingnummer", nummer: n }
        : { soort: "adviesnummer", nummer: n };
  }
  if (/^[\d .]+$/.test(s) && !DATUM_NL.test(s)) {
    const digits = s.replace(/[ .]/g, "");
    if (digits.length !== 9) return ZOEK_MESSAGES.bsnLengte;
    if (isSpecialBsn(digits)) return ZOEK_MESSAGES.bsnSpeciaal;
    const r = checkBsn(digits);
    return r.ok ? { soort: "bsn", bsn: digits } : r.message;
  }
  const parts = s.split(" ");
  const last = parts.at(-1) ?? "";
  const heeftDatum = parts.length > 1 && /^[\d-]+$/.test(last);
  const naam = (heeftDatum ? parts.slice(0, -1).join(" ") : s).trim();
  if (!NAAM.test(naam)) return ZOEK_MESSAGES.onbekend;
  if (naam.replace(/[^\p{L}]/gu, "").length < 2) return ZOEK_MESSAGES.naamKort;
  if (!heeftDatum) return { soort: "naam", naam, geboortedatum: null };
  const datum = parseDatum(last, today);
  return typeof datum === "string" ? datum : { soort: "naam", naam, geboortedatum: datum };
}

export const ZZoekopdracht = z.object({
  zoekterm: z
    .string({ error: ZOEK_MESSAGES.leeg })
    .trim()
    .min(1, ZOEK_MESSAGES.leeg)
    .max(100, ZOEK_MESSAGES.lang)
    .transform((s, ctx) => {
      const r = classifyZoekterm(s);
      if (typeof r === "string") {
        ctx.addIssue({ code: "custom", message: r });
        return z.NEVER;
      }
      return r;
    }),
});
export type TZoekopdrachtInput = z.input<typeof ZZoekopdracht>;
