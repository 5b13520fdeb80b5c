// The worker types a (partly known) date of birth as text; the registration stores the delivery form
// JJJJMMDD, JJJJMM00 (year + month known) or JJJJ0000 (year known). Ongeboren is a separate checkbox.
import { GEBOORTEDATUM_ONGEBOREN } from "@/lib/domain/geboortedatum";

export const GEBOORTEDATUM_INVOER_HINT = "JJJJ-MM-DD; deels bekend: JJJJ-MM of JJJJ (ook DD-MM-JJJJ kan).";
export const GEBOORTEDATUM_INVOER_FORMAT =
  "Geboortedatum: gebruik JJJJ-MM-DD, of JJJJ-MM of JJJJ als de datum deels bekend is.";

const two = (s: string) => s.padStart(2, "0");

/** Text as typed → the 8-character form (not yet checked for an existing date), or null when not understood. */
export function parseGeboortedatumInvoer(text: string): string | null {
  const s = text.trim().replace(/\s+/g, "").replace(/[/.]/g, "-");
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) return `${m[1]}${two(m[2])}${two(m[3])}`;
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) return `${m[1]}${two(m[2])}00`;
  if ((m = /^(\d{4})$/.exec(s))) return `${m[1]}0000`;
  if ((m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s))) return `${m[3]}${two(m[2])}${two(m[1])}`;
  if ((m = /^(\d{1,2})-(\d{4})$/.exec(s))) return `${m[2]}${two(m[1])}00`;
  return null;
}

/** The 8-character form → the text the worker would type ("2015-03-12", "2015-03", "2015"); "" for ongeboren or empty. */
export function formatGeboortedatumInvoer(g: string | null | undefined): string {
  if (!g || g === GEBOORTEDATUM_ONGEBOREN || !/^\d{8}$/.test(g)) return "";
  const [y, mo, d] = [g.slice(0, 4), g.slice(4, 6), g.slice(6, 8)];
  if (mo === "00") return y;
  if (d === "00") return `${y}-${mo}`;
  return `${y}-${mo}-${d}`;
}
