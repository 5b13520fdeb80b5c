// The address-bar parameters of the access-log views: period, action, outcome, noodtoegang and the keyset cursor.
// A wrong value never fails the page: it falls back to its default and says so in Dutch. The period is on the real
// clock (audit times are real times, docs/decisions/010), 31 days back by default, at most 366 days long.
import { AuditAction, AuditOutcome } from "@/generated/prisma/enums";
import { addDays, diffDays, parseIsoDate, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import type { Zoekparams } from "@/lib/lijst/params";

export const LOG_PAGINA = 50;
export const MAX_PERIODE_DAGEN = 366;

export type LogFilter = {
  van: string;
  tot: string;
  actie: AuditAction | "";
  uitkomst: AuditOutcome | "";
  nood: boolean;
  /** Keyset cursor: the last row shown, as "<microseconds since epoch>.<id>". */
  na: { micros: bigint; id: bigint } | null;
  meldingen: string[];
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export function parseLogFilter(sp: Zoekparams, realNow: Date = new Date()): LogFilter {
  const meldingen: string[] = [];
  const vandaag = todayInAmsterdam(realNow);
  const datum = (naam: string, label: string, standaard: Date) => {
    const v = first(sp[naam]);
    if (v === undefined) return standaard;
    const d = parseIsoDate(v);
    if (d) return d;
    meldingen.push(`${label} "${v.slice(0, 20)}" is geen geldige datum; de standaard wordt gebruikt.`);
    return standaard;
  };
  let tot = datum("tot", "Tot en met", vandaag);
  let van = datum("van", "Vanaf", addDays(tot, -30));
  if (diffDays(van, tot) < 0) {
    meldingen.push("De periode begint na het einde; de datums zijn omgedraaid.");
    [van, tot] = [tot, van];
  }
  if (diffDays(van, tot) > MAX_PERIODE_DAGEN) {
    meldingen.push(
      `Een periode is hoogstens ${MAX_PERIODE_DAGEN} dagen; u ziet de laatste ${MAX_PERIODE_DAGEN} dagen ervan.`,
    );
    van = addDays(tot, -MAX_PERIODE_DAGEN);
  }

  const keuze = <T extends string>(naam: string, label: string, waarden: readonly T[]): T | "" => {
    const v = first(sp[naam]);
    if (v === undefined) return "";
    if ((waarden as readonly string[]).includes(v)) return v as T;
    meldingen.push(`${label} "${v.slice(0, 20)}" bestaat niet; er wordt niet op gefilterd.`);
    return "";
  };
  const actie = keuze("actie", "Actie", Object.values(AuditAction));
  const uitkomst = keuze("uitkomst", "Uitkomst", Object.values(AuditOutcome));
  const nood = first(sp.nood) === "ja";

  let na: LogFilter["na"] = null;
  const c = first(sp.na);
  if (c !== undefined) {
    const m = /^(\d{1,17})\.(\d{1,18})$/.exec(c);
    if (m) na = { micros: BigInt(m[1]), id: BigInt(m[2]) };
    else meldingen.push("De vervolgpagina bestaat niet; u ziet de nieuwste gebeurtenissen.");
  }
  return { van: toIsoDate(van), tot: toIsoDate(tot), actie, uitkomst, nood, na, meldingen };
}

/** The filter as address-bar parameters (without the cursor), for links and the CSV download. */
export function logFilterParams(f: LogFilter): Record<string, string> {
  return {
    van: f.van,
    tot: f.tot,
    ...(f.actie ? { actie: f.actie } : {}),
    ...(f.uitkomst ? { uitkomst: f.uitkomst } : {}),
    ...(f.nood ? { nood: "ja" } : {}),
  };
}
