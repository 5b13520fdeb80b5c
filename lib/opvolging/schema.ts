// Terugkoppeling aan de melder and informing the betrokkenen: done (date, how) or not (with a reason).
import { z } from "zod";
import { zDatum, zId, zOptionalText, zRequiredText, zVersion } from "@/lib/domain/zod-fields";

export const WIJZEN = [
  { waarde: "telefonisch", label: "Telefonisch" },
  { waarde: "gesprek", label: "In een gesprek" },
  { waarde: "brief", label: "Per brief" },
  { waarde: "email", label: "Per e-mail" },
] as const;
export const NIET_GEINFORMEERD = [
  { waarde: "veiligheid", label: "Niet geïnformeerd: de veiligheid van een betrokkene" },
  { waarde: "onbereikbaar", label: "Niet geïnformeerd: onbereikbaar" },
] as const;
export const wijzeLabel = (w: string | null) => WIJZEN.find((x) => x.waarde === w)?.label ?? w ?? "";
export const nietGeinformeerdLabel = (w: string | null) =>
  NIET_GEINFORMEERD.find((x) => x.waarde === w)?.label ?? w ?? "";

const zMeldingnummer = z.string().regex(/^M[0-9]{4}-[0-9]{1,15}$/, "Ongeldig nummer.");
const zWijze = z.string().default("");
const WIJZE_WAARDEN: string[] = WIJZEN.map((w) => w.waarde);

const terugkoppelingVelden = z.object({
  meldingnummer: zMeldingnummer,
  version: zVersion,
  uitkomst: z.enum(["gedaan", "niet-mogelijk"], { error: "Kies of de terugkoppeling is gegeven." }),
  datum: z.string().default(""),
  wijze: zWijze,
  inhoud: zOptionalText("Korte inhoud", 2000),
  reden: zOptionalText("Reden", 2000),
});
function checkTerugkoppeling<T extends z.output<typeof terugkoppelingVelden>>(v: T, ctx: z.RefinementCtx) {
  if (v.uitkomst === "niet-mogelijk") {
    if (!v.reden)
      ctx.addIssue({ code: "custom", path: ["reden"], message: "Geef aan waarom terugkoppeling niet mogelijk is." });
    return { ...v, datum: null, wijze: null, inhoud: null };
  }
  const datum = zDatum("Datum terugkoppeling").safeParse(v.datum);
  if (!datum.success) ctx.addIssue({ code: "custom", path: ["datum"], message: datum.error.issues[0].message });
  if (!WIJZE_WAARDEN.includes(v.wijze))
    ctx.addIssue({ code: "custom", path: ["wijze"], message: "Kies hoe de terugkoppeling is gegeven." });
  return { ...v, datum: datum.success ? datum.data : null, wijze: v.wijze, reden: null };
}
export const ZTerugkoppeling = terugkoppelingVelden.transform(checkTerugkoppeling);
export type TTerugkoppelingInput = z.input<typeof ZTerugkoppeling>;

const informeringVelden = z.object({
  meldingnummer: zMeldingnummer,
  betrokkeneId: zId,
  uitkomst: z.enum(["geinformeerd", "veiligheid", "onbereikbaar"], {
    error: "Kies of de betrokkene is geïnformeerd.",
  }),
  datum: z.string().default(""),
  wijze: zWijze,
  toelichting: zOptionalText("Toelichting", 1000),
});
function checkInformering<T extends z.output<typeof informeringVelden>>(v: T, ctx: z.RefinementCtx) {
  if (v.uitkomst !== "geinformeerd") {
    if (!v.toelichting)
      ctx.addIssue({ code: "custom", path: ["toelichting"], message: "Licht toe waarom niet is geïnformeerd." });
    return { ...v, datum: null, wijze: null, nietGeinformeerd: v.uitkomst };
  }
  const datum = zDatum("Datum").safeParse(v.datum);
  if (!datum.success) ctx.addIssue({ code: "custom", path: ["datum"], message: datum.error.issues[0].message });
  if (!WIJZE_WAARDEN.includes(v.wijze))
    ctx.addIssue({ code: "custom", path: ["wijze"], message: "Kies hoe de betrokkene is geïnformeerd." });
  return { ...v, datum: datum.success ? datum.data : null, wijze: v.wijze, nietGeinformeerd: null };
}
export const ZInformering = informeringVelden.transform(checkInformering);
export type TInformeringInput = z.input<typeof ZInformering>;

/** Corrections of a recorded terugkoppeling or informing: the same fields and rules, with the correction's reason. */
const zCorrectieReden = zRequiredText("Reden van de correctie", 2000);
export const ZTerugkoppelingCorrectie = terugkoppelingVelden
  .extend({ correctieReden: zCorrectieReden })
  .transform(checkTerugkoppeling);
export type TTerugkoppelingCorrectieInput = z.input<typeof ZTerugkoppelingCorrectie>;
export const ZInformeringCorrectie = informeringVelden
  .extend({ correctieReden: zCorrectieReden })
  .transform(checkInformering);
export type TInformeringCorrectieInput = z.input<typeof ZInformeringCorrectie>;

/** Extending the informing deadline by 2 weeks: a reason is required each time. */
export const ZInformerenVerlengen = z.object({
  meldingnummer: zMeldingnummer,
  betrokkeneId: zId,
  reden: zRequiredText("Reden van de verlenging", 500),
});
export type TInformerenVerlengenInput = z.input<typeof ZInformerenVerlengen>;
