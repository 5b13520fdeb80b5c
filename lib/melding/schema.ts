// The melding form: melder, aard, the betrokkenen (each known via the radar or new) and, for a new casus, the gemeente.
import { z } from "zod";
import { AARD_MELDING_CODES, codesOf } from "@/lib/domain/codes";
import { zCodes, zDatum, zOptionalText, zRequiredText } from "@/lib/domain/zod-fields";
import { zKeuze } from "@/lib/domain/zod-fields";
import { zGemeentecode } from "@/lib/gemeenten/schema";
import { ZBetrokkeneInput } from "@/lib/betrokkene/schema";
import { applyOrganisatie, refineOrganisatie } from "./organisatie-rule";
import { INTAKE_VELDEN, refineIntake, storedIntake } from "./intake-schema";

/** What the melding itself says (date, melder, aard, duur): registered and corrected with the same rules. */
export const MELDING_GEGEVENS = {
  datumMelding: zDatum("Datum melding"),
  functieRol: zKeuze("D", "Functie of rol", "Kies de functie of rol van de melder."),
  organisatie: z
    .string()
    .default("")
    .refine((c) => c === "" || codesOf("E").includes(c), "Kies een geldige waarde voor organisatie."),
  melderOrganisatieNaam: zOptionalText("Naam van de organisatie", 200),
  melderNaam: zRequiredText("Naam melder", 200),
  melderContact: zOptionalText("Contactgegevens melder", 200),
  anoniem: z.enum(["J", "N"], { error: "Kies of de melder anoniem wil blijven." }),
  aard: zCodes("A", "Aard", AARD_MELDING_CODES),
  aanvullendeInformatie: zCodes("B", "Aanvullende informatie"),
  duur: zKeuze("C", "Duur", "Kies de duur (of Onbekend)."),
  toelichting: zOptionalText("Toelichting", 8000),
  ...INTAKE_VELDEN,
};

/** The melding's own fields as stored: anoniem J/N as a boolean, no organisatienaam for a niet-beroepsmatige rol. */
type Opgeslagen<T> = Omit<T, "anoniem" | keyof ReturnType<typeof storedIntake>> &
  ReturnType<typeof storedIntake> & { anoniem: boolean };
function storedGegevens<
  T extends {
    anoniem: "J" | "N";
    organisatie: string;
    melderOrganisatieNaam: string | null;
    functieRol: string;
  } & Parameters<typeof storedIntake>[0],
>(m: T): Opgeslagen<T> {
  const v = applyOrganisatie(m);
  return Object.assign({}, v, storedIntake(v), {
    anoniem: v.anoniem === "J",
    melderOrganisatieNaam: v.organisatie === "98" ? null : v.melderOrganisatieNaam,
  }) as unknown as Opgeslagen<T>;
}

export const ZMeldingNieuw = z
  .object({
    adviesNummer: z.string().trim().max(20).default(""),
    ...MELDING_GEGEVENS,
    /** The open casus the worker saw on the radar and expects the melding to join ("" = a new casus). */
    casusNummer: z.string().trim().max(20).default(""),
    /** Only used when the melding opens a new casus; a vervolgmelding joins the casus with its gemeente. */
    gemeentecode: zGemeentecode(false),
    betrokkenen: z
      .array(ZBetrokkeneInput)
      .min(1, "Voeg ten minste één betrokkene toe.")
      .max(50, "Ten hoogste 50 betrokkenen per melding."),
  })
  .superRefine(refineOrganisatie)
  .superRefine(refineIntake)
  .superRefine((m, ctx) => {
    const seen = new Map<string, number>();
    m.betrokkenen.forEach((b, i) => {
      const key = b.bekendId !== null ? `id:${b.bekendId}` : b.bsn && !b.ongeboren ? `bsn:${b.bsn}` : null;
      if (!key) return;
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: ["betrokkenen", i, b.bekendId !== null ? "modus" : "bsn"],
          message: "Deze persoon staat al eerder in deze melding.",
        });
      }
      seen.set(key, i);
    });
  })
  .transform((m) => {
    const { adviesNummer, ...rest } = storedGegevens(m);
    return { ...rest, adviesNummer: adviesNummer === "" ? null : adviesNummer };
  });

export type TMeldingInput = z.input<typeof ZMeldingNieuw>;
export type TMelding = z.output<typeof ZMeldingNieuw>;

/** Corrigeren of a registered melding: its own fields, the same rules, and the reason. */
export const ZMeldingCorrectie = z
  .object({
    meldingnummer: z.string().regex(/^M[0-9]{4}-[0-9]{1,15}$/, "Ongeldig nummer."),
    version: z.coerce.number().int().positive(),
    reden: zRequiredText("Reden van de correctie", 2000),
    ...MELDING_GEGEVENS,
  })
  .superRefine(refineOrganisatie)
  .superRefine(refineIntake)
  .transform(storedGegevens);
export type TMeldingCorrectieInput = z.input<typeof ZMeldingCorrectie>;
