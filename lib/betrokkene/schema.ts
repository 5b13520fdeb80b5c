// One betrokkene on the melding form, and the radar search. Used by the form (zodResolver) and the server alike.
import { z } from "zod";
import { codesOf } from "@/lib/domain/codes";
import { BSN_ONGEBOREN, checkBsn } from "@/lib/domain/bsn";
import { checkGeboortedatum, GEBOORTEDATUM_ONGEBOREN } from "@/lib/domain/geboortedatum";
import { todayInAmsterdam } from "@/lib/domain/dates";
import { zBsn, zOptionalText, zNaam } from "@/lib/domain/zod-fields";
import { GEBOORTEDATUM_INVOER_FORMAT, parseGeboortedatumInvoer } from "./geboortedatum-invoer";

export const BETROKKENE_ROLLEN = ["PLEGER", "SLACHTOFFER", "KIND", "ANDERS"] as const;
export type BetrokkeneRol = (typeof BETROKKENE_ROLLEN)[number];
export const ROL_LABELS: Record<BetrokkeneRol, string> = {
  PLEGER: "Pleger",
  SLACHTOFFER: "Slachtoffer",
  KIND: "Kind",
  ANDERS: "Anders",
};

const issue = (ctx: z.RefinementCtx, message: string, path?: string[]) =>
  ctx.addIssue({ code: "custom", message, path });

/** Geboortedatum as typed (JJJJ-MM-DD, JJJJ-MM, JJJJ, DD-MM-JJJJ) → JJJJMMDD / JJJJMM00 / JJJJ0000; empty → null. */
export const zGeboortedatumInvoer = z
  .string()
  .trim()
  .max(20, GEBOORTEDATUM_INVOER_FORMAT)
  .transform((s, ctx) => {
    if (s === "") return null;
    const g = parseGeboortedatumInvoer(s);
    if (!g) {
      issue(ctx, GEBOORTEDATUM_INVOER_FORMAT);
      return z.NEVER;
    }
    const r = checkGeboortedatum(g, todayInAmsterdam());
    if (!r.ok) {
      issue(ctx, r.message);
      return z.NEVER;
    }
    return g;
  });

/** Dutch postcode 1234 AB, stored as 1234AB; empty → null. */
export const zPostcode = z
  .string()
  .trim()
  .max(10, "Postcode moet de vorm 1234 AB hebben.")
  .transform((s, ctx) => {
    if (s === "") return null;
    const m = /^([1-9]\d{3}) ?([A-Za-z]{2})$/.exec(s);
    if (!m) {
      issue(ctx, "Postcode moet de vorm 1234 AB hebben.");
      return z.NEVER;
    }
    return `${m[1]}${m[2].toUpperCase()}`;
  });

const VERPLICHT_ZONDER_BSN: [
  key: "achternaam" | "voornamen" | "geboortedatum" | "postcode" | "huisnummer",
  message: string,
][] = [
  ["achternaam", "Zonder BSN is de achternaam verplicht."],
  ["voornamen", "Zonder BSN zijn de voornamen verplicht."],
  ["geboortedatum", "Zonder BSN is de geboortedatum verplicht."],
  ["postcode", "Zonder BSN is de postcode verplicht."],
  ["huisnummer", "Zonder BSN is het huisnummer verplicht."],
];

/**
 * A betrokkene: either a person already known to Veilig Thuis, chosen in the radar ("deze persoon gebruiken",
 * bekendId = that Betrokkene row), or a new person. Without a BSN the law asks for achternaam, voornamen,
 * geboortedatum and postcode + huisnummer (the database has the same CHECK).
 */
export const ZBetrokkeneInput = z
  .object({
    /** Where the card on the form stands; "zoeken" means the worker has not yet searched and chosen. */
    modus: z.enum(["zoeken", "bekend", "nieuw"]).optional(),
    bekendId: z
      .string()
      .trim()
      .default("")
      .refine((s) => /^\d{0,10}$/.test(s), "Ongeldige verwijzing.")
      .transform((s) => (s === "" ? null : Number(s))),
    rol: z.string().default(""),
    ongeboren: z.boolean().default(false),
    bsn: z.string().default("").pipe(zBsn),
    geboortedatum: z.string().default("").pipe(zGeboortedatumInvoer),
    geslacht: z.string().default(""),
    achternaam: zNaam("Achternaam", 200),
    tussenvoegsel: zNaam("Tussenvoegsel", 20),
    voornamen: zNaam("Voornamen", 200),
    straat: zOptionalText("Straat", 200),
    huisnummer: zOptionalText("Huisnummer", 12),
    postcode: z.string().default("").pipe(zPostcode),
    woonplaats: zOptionalText("Woonplaats", 100),
    telefoon: zOptionalText("Telefoon", 30),
  })
  .superRefine((b, ctx) => {
    if (b.modus === "zoeken" && b.bekendId === null) {
      issue(
        ctx,
        "Zoek eerst of deze persoon bekend is, en kies 'Deze persoon gebruiken' of 'Nieuwe persoon invoeren'.",
        ["modus"],
      );
      return;
    }
    if (!(BETROKKENE_ROLLEN as readonly string[]).includes(b.rol)) issue(ctx, "Kies de rol in de casus.", ["rol"]);
    if (b.bekendId !== null) return; // a known person: the server copies or links the registered data
    if (!codesOf("K").includes(b.geslacht)) issue(ctx, "Kies het geslacht.", ["geslacht"]);
    if (b.ongeboren) return; // BSN 999999999 + geboortedatum 99999999 identify an unborn child
    if (b.bsn === BSN_ONGEBOREN) {
      issue(ctx, "BSN 999999999 is alleen voor een ongeboren kind: vink 'Ongeboren' aan.", ["bsn"]);
      return;
    }
    if (b.bsn !== null) return;
    for (const [key, message] of VERPLICHT_ZONDER_BSN) if (b[key] === null) issue(ctx, message, [key]);
  })
  .transform((v) => {
    const { modus, ...rest } = v;
    void modus; // only the form uses it
    const b = { ...rest, rol: v.rol as BetrokkeneRol };
    return b.ongeboren ? { ...b, bsn: BSN_ONGEBOREN, geboortedatum: GEBOORTEDATUM_ONGEBOREN } : b;
  });

export type TBetrokkeneInput = z.input<typeof ZBetrokkeneInput>;
export type TBetrokkene = z.output<typeof ZBetrokkeneInput>;

/** The radar search: by BSN, or by achternaam + geboortedatum. */
export const ZBetrokkeneZoek = z
  .object({
    bsn: z.string().trim().max(20).default(""),
    achternaam: z.string().trim().max(200, "Achternaam mag hoogstens 200 tekens lang zijn.").default(""),
    geboortedatum: z.string().trim().max(20).default(""),
  })
  .transform((v, ctx) => {
    if (v.bsn !== "") {
      const r = checkBsn(v.bsn);
      if (!r.ok) {
        issue(ctx, r.message, ["bsn"]);
        return z.NEVER;
      }
      if (r.kind !== "echt") {
        issue(ctx, "Zoek met een echt BSN, of op achternaam en geboortedatum.", ["bsn"]);
        return z.NEVER;
      }
      return { soort: "bsn" as const, bsn: v.bsn };
    }
    if (v.achternaam === "" && v.geboortedatum === "") {
      issue(ctx, "Vul een BSN in, of achternaam en geboortedatum.", ["bsn"]);
      return z.NEVER;
    }
    const letters = v.achternaam.replace(/[^\p{L}]/gu, "").length;
    if (letters < 2) issue(ctx, "Vul de achternaam in (ten minste 2 letters).", ["achternaam"]);
    const g = zGeboortedatumInvoer.safeParse(v.geboortedatum);
    if (v.geboortedatum === "") issue(ctx, "Vul de geboortedatum in (JJJJ-MM-DD, JJJJ-MM of JJJJ).", ["geboortedatum"]);
    else if (!g.success) issue(ctx, g.error.issues[0].message, ["geboortedatum"]);
    if (letters < 2 || !g.success || g.data === null) return z.NEVER;
    return { soort: "naam" as const, achternaam: v.achternaam, geboortedatum: g.data };
  });
export type TBetrokkeneZoekInput = z.input<typeof ZBetrokkeneZoek>;
export type TBetrokkeneZoek = z.output<typeof ZBetrokkeneZoek>;
