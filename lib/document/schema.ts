// The document forms. The file itself is checked by the server (size, name, type from the bytes:
// ./bestandstype.ts); the browser checks what it can before sending, with the same messages.
import { z } from "zod";
import { zDatum, zId, zRequiredText, zVersion } from "@/lib/domain/zod-fields";
import { zNummer } from "@/lib/dienst/schema";
import { DOCUMENT_SOORT_CODES, MAX_BESTANDSNAAM, MAX_DOCUMENT_BYTES } from "./soorten";

/** "Hoort bij": nothing, or one melding, dienst or betrokkene of the casus ("betrokkene:7"). */
export const zDocumentHoortBij = z
  .string()
  .default("")
  .transform((s, ctx) => {
    const none = { meldingId: null, dienstId: null, betrokkeneId: null } as {
      meldingId: number | null;
      dienstId: number | null;
      betrokkeneId: number | null;
    };
    if (s === "") return none;
    const m = /^(melding|dienst|betrokkene):(\d{1,10})$/.exec(s);
    const id = m ? zId.safeParse(m[2]) : null;
    if (!m || !id?.success) {
      ctx.addIssue({ code: "custom", message: "Kies een melding, dienst of betrokkene van deze casus." });
      return z.NEVER;
    }
    return { ...none, [`${m[1]}Id`]: id.data };
  });

const zMeta = {
  casusnummer: zNummer,
  titel: zRequiredText("Titel", 200),
  soort: z
    .string({ error: "Kies de soort document." })
    .refine((s) => (DOCUMENT_SOORT_CODES as string[]).includes(s), "Kies de soort document."),
  datum: zDatum("Datum"),
  hoortBij: zDocumentHoortBij,
};

export const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
export const TE_GROOT = `Het bestand is groter dan ${MB(MAX_DOCUMENT_BYTES)}.`;

/** The file's name as sent: no path, no control characters, not too long (the stored name is rebuilt anyway). */
export const zBestandsnaam = z
  .string({ error: "Kies een bestand." })
  .min(1, "Kies een bestand.")
  .max(
    MAX_BESTANDSNAAM,
    `De bestandsnaam is te lang: hoogstens ${MAX_BESTANDSNAAM} tekens. Geef het bestand een kortere naam.`,
  )
  .refine(
    (s) => !/[\p{Cc}\p{Cf}]/u.test(s),
    "De bestandsnaam bevat onzichtbare of ongeldige tekens. Geef het bestand een andere naam.",
  )
  .refine((s) => !/[\\/]/.test(s) && s !== "." && s !== "..", "De bestandsnaam mag geen map of pad bevatten.");

/** On the server: the file as received (name and bytes). */
export const ZDocumentUpload = z.object({
  ...zMeta,
  bestandsnaam: zBestandsnaam,
  inhoud: z
    .instanceof(Uint8Array, { message: "Kies een bestand." })
    .refine((b) => b.length > 0, "Het bestand is leeg.")
    .refine((b) => b.length <= MAX_DOCUMENT_BYTES, TE_GROOT),
});

/** In the browser: the same fields, the file as the input's FileList. */
export const ZDocumentForm = z.object({
  ...zMeta,
  bestand: z
    .custom<FileList>(
      (v) => typeof FileList !== "undefined" && v instanceof FileList && v.length === 1,
      "Kies een bestand.",
    )
    .superRefine((files, ctx) => {
      const f = files[0];
      if (f.size === 0) ctx.addIssue({ code: "custom", message: "Het bestand is leeg." });
      else if (f.size > MAX_DOCUMENT_BYTES) ctx.addIssue({ code: "custom", message: TE_GROOT });
      const naam = zBestandsnaam.safeParse(f.name);
      if (!naam.success) ctx.addIssue({ code: "custom", message: naam.error.issues[0].message });
    }),
});
export type TDocumentFormInput = z.input<typeof ZDocumentForm>;

export const ZDocumentIntrekken = z.object({
  id: z.uuid({ error: "Ongeldige verwijzing." }),
  version: zVersion,
  reden: zRequiredText("Reden van intrekken", 2000),
});
export type TDocumentIntrekkenInput = z.input<typeof ZDocumentIntrekken>;
