// Field schemas shared by every form, with Dutch messages. Each form's schema in lib/<step>/schema.ts is built
// from these and used on both sides: react-hook-form's zodResolver in the browser, safeParse in the action.
import { z } from "zod";
import nl from "zod/v4/locales/nl.js";
import { codesOf, type LijstNaam } from "./codes";
import { checkBsn } from "./bsn";
import { checkGeboortedatum } from "./geboortedatum";
import { parseIsoDate, todayInAmsterdam } from "./dates";

z.config(nl());

/** Printable text without control characters; script or SQL text is just text (rendered escaped, bound as a parameter). */
export const zText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} mag hoogstens ${max} tekens lang zijn.`)
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), `${label} bevat ongeldige tekens.`);
export const zRequiredText = (label: string, max: number) =>
  zText(label, max).pipe(z.string().min(1, `Vul ${label.toLowerCase()} in.`));
/** Optional text: an empty field becomes null. */
export const zOptionalText = (label: string, max: number) =>
  zText(label, max)
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/**
 * A person's name: optional text that also refuses invisible characters — zero-width spaces, bidi overrides and
 * other format characters — which would make "Jan\u200Bsen" look like Jansen and hide a known person from the radar.
 */
export const zNaam = (label: string, max: number) =>
  zOptionalText(label, max).refine(
    (s) => s === null || !/[\p{Cc}\p{Cf}]/u.test(s),
    `${label} bevat een onzichtbaar teken (zoals een spatie zonder breedte of een schrijfrichtingsteken). Typ de naam opnieuw.`,
  );

/** One code of a list; the message names the field. */
export const zCode = (lijst: LijstNaam, label: string, allowed: string[] = codesOf(lijst)) =>
  z
    .string({ error: `Kies ${label.toLowerCase()}.` })
    .refine((c) => allowed.includes(c), `Kies een geldige waarde voor ${label.toLowerCase()}.`);
/** Several codes of a list (flags in the delivery file); duplicates removed, list order kept. */
export const zCodes = (lijst: LijstNaam, label: string, allowed: string[] = codesOf(lijst)) =>
  z
    .array(z.string())
    .default([])
    .refine((cs) => cs.every((c) => allowed.includes(c)), `Kies alleen geldige waarden voor ${label.toLowerCase()}.`)
    .transform((cs) => allowed.filter((c) => cs.includes(c)));

/** A date as 'YYYY-MM-DD' (an <input type="date">), not in the future; parsed to a UTC-midnight Date. */
export const zDatum = (label: string, opts: { allowFuture?: boolean } = {}) =>
  z
    .string({ error: `Vul ${label.toLowerCase()} in.` })
    .min(1, `Vul ${label.toLowerCase()} in.`)
    .transform((s, ctx) => {
      const d = parseIsoDate(s);
      if (!d) {
        ctx.addIssue({ code: "custom", message: `${label} is geen geldige datum.` });
        return z.NEVER;
      }
      if (!opts.allowFuture && d.getTime() > todayInAmsterdam().getTime()) {
        ctx.addIssue({ code: "custom", message: `${label} mag niet in de toekomst liggen.` });
        return z.NEVER;
      }
      return d;
    });

/** BSN: empty (unknown) or 9 digits passing the elfproef, or 999999999 (ongeboren). Empty becomes null. */
export const zBsn = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === "" || s === "000000000") return null;
    const r = checkBsn(s);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    }
    return s;
  });

/** Geboortedatum in the delivery form (JJJJMMDD, JJJJMM00, JJJJ0000, 99999999); empty becomes null. */
export const zGeboortedatum = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === "" || s === "00000000") return null;
    const r = checkGeboortedatum(s, todayInAmsterdam());
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    }
    return s;
  });

export const zId = z.coerce
  .number({ error: "Ongeldige verwijzing." })
  .int("Ongeldige verwijzing.")
  .positive("Ongeldige verwijzing.")
  .max(2_147_483_647, "Ongeldige verwijzing.");
export const zVersion = z.coerce.number().int().positive();

/** The id of a record chosen in a select: an empty choice gets `emptyMessage`, anything else must be a valid id. */
export const zKeuzeId = (emptyMessage: string) =>
  z
    .union([z.string(), z.number()], { error: emptyMessage })
    .refine((v) => String(v).trim() !== "", emptyMessage)
    .transform((v, ctx) => {
      const id = zId.safeParse(v);
      if (id.success) return id.data;
      ctx.addIssue({ code: "custom", message: id.error.issues[0].message });
      return z.NEVER;
    });

/** A required choice from a code list: an empty select says "Kies …", a value outside the list is refused as invalid. */
export const zKeuze = (lijst: LijstNaam, label: string, leegMessage: string, allowed?: string[]) =>
  z
    .string({ error: leegMessage })
    .refine((s) => s !== "", leegMessage)
    .pipe(zCode(lijst, label, allowed));
