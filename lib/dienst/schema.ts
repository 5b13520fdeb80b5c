// Forms of the diensten Voorwaarden en Vervolg (V) and Onderzoek (O): start, propose the closing, and the
// four-eyes decision on that proposal. Used by react-hook-form in the browser and again by the server.
import { z } from "zod";
import { UITKOMST_VORMEN, codesOf, labelOf } from "@/lib/domain/codes";
import { zCode, zCodes, zDatum, zId, zKeuzeId, zOptionalText, zRequiredText, zVersion } from "@/lib/domain/zod-fields";

/** A casus-, melding- or dienstnummer as the database makes them (C2026-000012). */
export const zNummer = z.string({ error: "Ongeldig nummer." }).regex(/^[A-Z0-9-]{1,20}$/, "Ongeldig nummer.");

export const DIENST_SOORTEN = ["V", "O"] as const;
export const CONCLUSIE_GEEN_GEWELD = "07";
export const UITKOMST_NIET_ONDERZOCHT = "00000";
export const UITKOMST_BEVESTIGD = "1";
/** List H2 without 00: the reasons a dienst can be closed early. */
export const REDENEN_VOORTIJDIG = codesOf("H2").filter((c) => c !== "00");

export const ZDienstStart = z.object({
  casusnummer: zNummer,
  meldingId: zKeuzeId("Kies de veiligheidsbeoordeling waarop de dienst volgt."),
  soort: z.enum(DIENST_SOORTEN, { error: "Kies de soort dienst." }),
  startdatum: zDatum("Startdatum"),
});
export type TDienstStartInput = z.input<typeof ZDienstStart>;

/** The fields of closing a dienst: proposed by the case manager, and corrected by the teamleider afterwards. */
const AFSLUITING_VELDEN = {
  casusnummer: zNummer,
  dienstId: zId,
  version: zVersion,
  einddatum: zDatum("Einddatum"),
  aardConclusie: zCodes("A", "Aard"),
  aanvullendeInformatie: zCodes("B", "Aanvullende informatie"),
  duur: zCode("C", "Duur"),
  /** One digit of list H per vorm of UITKOMST_VORMEN, in that order. */
  uitkomst: z
    .array(zCode("H", "Uitkomst"), { error: "Ongeldige uitkomst." })
    .length(UITKOMST_VORMEN.length, "Ongeldige uitkomst.")
    .default(UITKOMST_VORMEN.map(() => "0")),
  voortijdig: z.boolean({ error: "Ongeldige keuze voor voortijdig afgesloten." }).default(false),
  redenVoortijdig: z.string({ error: "Kies de reden van voortijdig afsluiten." }).default(""),
  toelichting: zOptionalText("Toelichting", 4000),
};
type AfsluitingVelden = z.output<z.ZodObject<typeof AFSLUITING_VELDEN>>;

/** The rules of a closing, shared by the proposal and its correction. */
const afsluitingRegels = (v: AfsluitingVelden, ctx: z.RefinementCtx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (v.aardConclusie.length === 0 && !v.voortijdig)
    issue("aardConclusie", "Kies ten minste één conclusie over de aard.");
  if (v.aardConclusie.includes(CONCLUSIE_GEEN_GEWELD) && v.aardConclusie.length > 1) {
    issue(
      "aardConclusie",
      `'${labelOf("A", CONCLUSIE_GEEN_GEWELD).replace(/ \(.*\)$/, "")}' kan alleen als enige conclusie worden gekozen.`,
    );
  }
  if (v.voortijdig && !REDENEN_VOORTIJDIG.includes(v.redenVoortijdig))
    issue("redenVoortijdig", "Kies de reden van voortijdig afsluiten.");
  // A vorm the onderzoek confirmed is part of the conclusion about the aard.
  const missing = UITKOMST_VORMEN.filter(
    (code, i) => v.uitkomst[i] === UITKOMST_BEVESTIGD && !v.aardConclusie.includes(code),
  );
  if (missing.length > 0) {
    issue(
      "uitkomst",
      `Een bevestigde vorm hoort ook in de conclusie over de aard: ${missing.map((c) => labelOf("A", c)).join(", ")}.`,
    );
  }
};

const naarOpslag = <T extends AfsluitingVelden>({ uitkomst, voortijdig, redenVoortijdig, ...rest }: T) => ({
  ...rest,
  voortijdig,
  uitkomstOnderzoek: uitkomst.join(""),
  redenVoortijdig: voortijdig ? redenVoortijdig : "00",
});

export const ZDienstAfsluiting = z.object(AFSLUITING_VELDEN).superRefine(afsluitingRegels).transform(naarOpslag);
export type TDienstAfsluitingInput = z.input<typeof ZDienstAfsluiting>;

export const BESLUITEN = ["bevestigen", "terugsturen"] as const;
export const ZDienstAfsluitingBesluit = z
  .object({
    casusnummer: zNummer,
    dienstId: zId,
    version: zVersion,
    besluit: z.enum(BESLUITEN, { error: "Kies uw besluit." }),
    reden: zOptionalText("Toelichting", 2000),
  })
  .superRefine((v, ctx) => {
    if (v.besluit === "terugsturen" && !v.reden) {
      ctx.addIssue({ code: "custom", path: ["reden"], message: "Vul in waarom u het voorstel terugstuurt." });
    }
  });
export type TDienstAfsluitingBesluitInput = z.input<typeof ZDienstAfsluitingBesluit>;

/** The teamleider's correction of a confirmed closing: the same fields and rules, and the reason. */
export const ZDienstCorrectie = z
  .object({ ...AFSLUITING_VELDEN, reden: zRequiredText("Reden van de correctie", 2000) })
  .superRefine(afsluitingRegels)
  .transform(naarOpslag);
export type TDienstCorrectieInput = z.input<typeof ZDienstCorrectie>;
