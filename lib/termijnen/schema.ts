// The period of the termijnen page (van / tot en met), from the address bar. Default: the current half-year so far.
import { z } from "zod";
import "@/lib/domain/zod-fields";
import { compareDates, diffDays, parseIsoDate, todayInAmsterdam, toIsoDate } from "@/lib/domain/dates";
import { halfjaarOf } from "@/lib/domain/periode";

export const MAX_PERIODE_DAGEN = 5 * 366;

export const TERMIJNEN_MESSAGES = {
  van: "Van is geen geldige datum.",
  tot: "Tot en met is geen geldige datum.",
  totToekomst: "Tot en met mag niet in de toekomst liggen.",
  volgorde: "Van moet vóór of op tot en met liggen.",
  lang: "De periode mag hoogstens 5 jaar zijn.",
} as const;

export function defaultPeriode(today = todayInAmsterdam()): { van: string; tot: string } {
  return { van: toIsoDate(halfjaarOf(today).start), tot: toIsoDate(today) };
}

const zDatumVeld = (message: string) =>
  z
    .string()
    .trim()
    .max(10, message)
    .transform((s, ctx) => {
      const d = parseIsoDate(s);
      if (!d) ctx.addIssue({ code: "custom", message });
      return d ?? z.NEVER;
    });

export function makeZTermijnenPeriode(today = todayInAmsterdam()) {
  const def = defaultPeriode(today);
  return z
    .object({
      van: z
        .string()
        .optional()
        .transform((s) => (s && s.trim() ? s : def.van))
        .pipe(zDatumVeld(TERMIJNEN_MESSAGES.van)),
      tot: z
        .string()
        .optional()
        .transform((s) => (s && s.trim() ? s : def.tot))
        .pipe(zDatumVeld(TERMIJNEN_MESSAGES.tot)),
    })
    .superRefine((p, ctx) => {
      if (compareDates(p.tot, today) > 0)
        ctx.addIssue({ code: "custom", path: ["tot"], message: TERMIJNEN_MESSAGES.totToekomst });
      if (compareDates(p.van, p.tot) > 0)
        ctx.addIssue({ code: "custom", path: ["van"], message: TERMIJNEN_MESSAGES.volgorde });
      else if (diffDays(p.van, p.tot) > MAX_PERIODE_DAGEN)
        ctx.addIssue({ code: "custom", path: ["van"], message: TERMIJNEN_MESSAGES.lang });
    });
}
