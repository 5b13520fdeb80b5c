// The overdracht form: after which step (a melding's beoordeling, a closed V&V or Onderzoek), to whom, which help,
// and which betrokkenen. The moment (1, 2, 3) follows from the chosen source on the server, never from the form.
import { z } from "zod";
import { zCode, zDatum, zId, zOptionalText } from "@/lib/domain/zod-fields";
import { zNummer } from "@/lib/dienst/schema";

/** "M:<meldingId>" (moment 1) or "D:<dienstId>" (moment 2 or 3). */
export const zBron = z
  .string({ error: "Kies waarna wordt overgedragen." })
  .refine((s) => s !== "", "Kies waarna wordt overgedragen.")
  .refine((s) => s === "" || /^[MD]:[1-9][0-9]{0,9}$/.test(s), "Ongeldige keuze voor waarna wordt overgedragen.")
  .transform((s) => ({ soort: s[0] as "M" | "D", id: Number(s.slice(2)) }));

/** Checkboxes give an array, a single checkbox may give one value or false: always an array of ids. */
export const zBetrokkeneIds = z
  .preprocess(
    (v) => (Array.isArray(v) ? v : v === false || v === null || v === undefined || v === "" ? [] : [v]),
    z
      .array(zId, { error: "Kies ten minste één betrokkene." })
      .min(1, "Kies ten minste één betrokkene.")
      .max(200, "Te veel betrokkenen gekozen."),
  )
  .transform((ids) => [...new Set(ids)]);

export const ZOverdracht = z.object({
  casusnummer: zNummer,
  bron: zBron,
  datum: zDatum("Datum overdracht"),
  partij: zCode("I", "Partij"),
  hulp: zCode("J", "Hulp"),
  betrokkeneIds: zBetrokkeneIds,
  toelichting: zOptionalText("Toelichting", 4000),
});
export type TOverdracht = z.infer<typeof ZOverdracht>;
export type TOverdrachtInput = z.input<typeof ZOverdracht>;
