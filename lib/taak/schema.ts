// A task: title, due date (today or later), optional casus and, for the teamleider, someone else to do it.
import { z } from "zod";
import { zDatum, zId, zOptionalText, zRequiredText, zVersion } from "@/lib/domain/zod-fields";
import { compareDates, todayInAmsterdam } from "@/lib/domain/dates";

export const ZTaakNieuw = z.object({
  titel: zRequiredText("Titel", 200),
  toelichting: zOptionalText("Toelichting", 2000),
  deadline: zDatum("Uiterlijk op", { allowFuture: true }).refine(
    (d) => compareDates(d, todayInAmsterdam()) >= 0,
    "Uiterlijk op ligt in het verleden; kies vandaag of later.",
  ),
  casusnummer: z
    .string()
    .trim()
    .default("")
    .refine(
      (s) => s === "" || /^C[0-9]{4}-[0-9]{1,15}$/.test(s),
      "Vul een casusnummer in zoals C2026-12, of laat leeg.",
    ),
  /** "" = oneself. */
  toegewezenAanId: z
    .union([z.string(), z.number()])
    .default("")
    .transform((v, ctx) => {
      if (v === "") return null;
      const r = zId.safeParse(v);
      if (r.success) return r.data;
      ctx.addIssue({ code: "custom", message: "Kies een medewerker." });
      return z.NEVER;
    }),
});
export type TTaakNieuwInput = z.input<typeof ZTaakNieuw>;

export const ZTaakAfronden = z.object({ id: zId, version: zVersion });
export type TTaakAfrondenInput = z.input<typeof ZTaakAfronden>;
