// The veiligheidsbeoordeling of one melding: record, edit (before it is final), and vaststellen (four eyes).
import { z } from "zod";
import { zDatum, zId, zOptionalText, zRequiredText, zVersion } from "@/lib/domain/zod-fields";
import { zKeuze } from "@/lib/domain/zod-fields";

const velden = {
  datum: zDatum("Datum beoordeling"),
  taxatie: zKeuze("G", "Veiligheidstaxatie", "Kies de veiligheidstaxatie."),
  inhoud: zKeuze("F", "Inhoud", "Kies de inhoud van het besluit."),
  toelichting: zOptionalText("Toelichting", 8000),
  besluitMetId: z.union([z.string(), z.number()], { error: "Kies met wie is besloten." }).transform((v, ctx) => {
    const n = Number(v);
    if (v === "" || !Number.isInteger(n) || n <= 0 || n > 2_147_483_647) {
      ctx.addIssue({ code: "custom", message: "Kies met wie is besloten." });
      return z.NEVER;
    }
    return n;
  }),
};

export const ZBeoordelingNieuw = z.object({ meldingNummer: z.string().trim().min(1).max(20), ...velden });
export type TBeoordelingNieuwInput = z.input<typeof ZBeoordelingNieuw>;

export const ZBeoordelingWijziging = z.object({ id: zId, version: zVersion, ...velden });
export type TBeoordelingWijzigingInput = z.input<typeof ZBeoordelingWijziging>;

export const ZBeoordelingVaststellen = z.object({ id: zId, version: zVersion });
export type TBeoordelingVaststellenInput = z.input<typeof ZBeoordelingVaststellen>;

/** Terugsturen: the second pair of eyes sends a beoordeling back to its author with a remark. */
export const ZBeoordelingTerugsturen = z.object({
  id: zId,
  version: zVersion,
  opmerking: zRequiredText("Opmerking", 2000),
});
export type TBeoordelingTerugsturenInput = z.input<typeof ZBeoordelingTerugsturen>;
