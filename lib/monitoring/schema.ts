// Forms of the last stage of a casus: monitoringsmomenten and closing the casus (which ends the monitoring).
import { z } from "zod";
import { zDatum, zOptionalText, zVersion } from "@/lib/domain/zod-fields";
import { zNummer } from "@/lib/dienst/schema";
import { zVoorwaardeScores } from "@/lib/veiligheidsplan/schema";

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
const SCORE_BEREIK = `De veiligheidsscore moet een geheel getal van ${SCORE_MIN} tot en met ${SCORE_MAX} zijn.`;

/** Veiligheidsscore 0..10, typed in a number field (a string) or sent as a number. */
export const zVeiligheidsscore = z
  .union([z.string(), z.number()], { error: "Vul de veiligheidsscore in." })
  .transform((v, ctx) => {
    const s = String(v).trim();
    if (s === "") {
      ctx.addIssue({ code: "custom", message: "Vul de veiligheidsscore in." });
      return z.NEVER;
    }
    const n = Number(s);
    if (!/^-?\d+$/.test(s) || n < SCORE_MIN || n > SCORE_MAX) {
      ctx.addIssue({ code: "custom", message: SCORE_BEREIK });
      return z.NEVER;
    }
    return n;
  });

export const ZMonitoringsmoment = z.object({
  casusnummer: zNummer,
  datum: zDatum("Datum monitoring"),
  veiligheidsscore: zVeiligheidsscore,
  notitie: zOptionalText("Notitie", 500),
  /** The oordeel per voorwaarde of the veiligheidsplan that holds on the date. */
  voorwaarden: zVoorwaardeScores,
});
export type TMonitoringsmomentInput = z.input<typeof ZMonitoringsmoment>;

export const ZCasusAfsluiten = z.object({
  casusnummer: zNummer,
  version: zVersion,
  einddatum: zDatum("Einddatum"),
});
export type TCasusAfsluitenInput = z.input<typeof ZCasusAfsluiten>;
