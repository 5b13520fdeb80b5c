// The journaal's forms: a regel (concept or vastgelegd at once), vastleggen, and an aanvulling.
import { z } from "zod";
import { zId, zOptionalText, zRequiredText, zVersion } from "@/lib/domain/zod-fields";
import { parseAmsterdamDateTime } from "@/lib/domain/datum-tijd";
import { now } from "@/lib/domain/clock";
import { zNummer } from "@/lib/dienst/schema";
import { JOURNAAL_SOORT_CODES, VERSLAG_MAX } from "./soorten";

/** A moment of contact typed as Dutch local time, not in the future. */
export const zDatumTijd = (label: string) =>
  z
    .string({ error: `Vul ${label.toLowerCase()} in.` })
    .min(1, `Vul ${label.toLowerCase()} in.`)
    .transform((s, ctx) => {
      const at = parseAmsterdamDateTime(s);
      if (!at) {
        ctx.addIssue({ code: "custom", message: `${label} is geen geldige datum en tijd.` });
        return z.NEVER;
      }
      if (at.getTime() > now().getTime() + 5 * 60_000) {
        ctx.addIssue({ code: "custom", message: `${label} mag niet in de toekomst liggen.` });
        return z.NEVER;
      }
      return at;
    });

/** "Hoort bij": nothing, or one melding or dienst of the casus ("melding:12", "dienst:3"). */
export const zHoortBij = z
  .string()
  .default("")
  .transform((s, ctx) => {
    if (s === "") return { meldingId: null, dienstId: null };
    const m = /^(melding|dienst):(\d{1,10})$/.exec(s);
    const id = m ? zId.safeParse(m[2]) : null;
    if (!m || !id?.success) {
      ctx.addIssue({ code: "custom", message: "Kies een melding of dienst van deze casus." });
      return z.NEVER;
    }
    return m[1] === "melding" ? { meldingId: id.data, dienstId: null } : { meldingId: null, dienstId: id.data };
  });

export const ZJournaalRegel = z.object({
  casusnummer: zNummer,
  /** Set when an existing concept is saved again. */
  id: zId.optional(),
  version: zVersion.optional(),
  datumTijd: zDatumTijd("Datum en tijd"),
  soort: z
    .string({ error: "Kies de soort contact." })
    .refine((s) => (JOURNAAL_SOORT_CODES as string[]).includes(s), "Kies de soort contact."),
  metWieBetrokkenen: z.array(zId).max(50).default([]),
  metWie: zOptionalText("Met wie", 200),
  verslag: zRequiredText("Verslag", VERSLAG_MAX),
  hoortBij: zHoortBij,
  belangrijk: z.boolean().default(false),
  /** True: vastleggen now (it can then never change); false: keep as a concept. */
  vastleggen: z.boolean().default(false),
});
export type TJournaalRegelInput = z.input<typeof ZJournaalRegel>;

export const ZJournaalVastleggen = z.object({ id: zId, version: zVersion });
export type TJournaalVastleggenInput = z.input<typeof ZJournaalVastleggen>;

export const ZJournaalConceptVerwijderen = z.object({ id: zId, version: zVersion });
export type TJournaalConceptVerwijderenInput = z.input<typeof ZJournaalConceptVerwijderen>;

export const ZAanvulling = z.object({ regelId: zId, tekst: zRequiredText("Aanvulling", VERSLAG_MAX) });
export type TAanvullingInput = z.input<typeof ZAanvulling>;
