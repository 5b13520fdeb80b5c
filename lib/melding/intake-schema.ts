// Intake fields of a melding beside the delivery's own: acuut with its reason, vormen van geweld and the police
// data of a zorgmelding (registratienummer, moment of the incident, tijdelijk huisverbod). Internal only.
import { z } from "zod";
import { zOptionalText } from "@/lib/domain/zod-fields";
import { parseAmsterdamDateTime, toAmsterdamInput } from "@/lib/domain/datum-tijd";
import { toIsoDate } from "@/lib/domain/dates";
import { now } from "@/lib/domain/clock";
import { VORM_WAARDEN } from "./vormen-geweld";

const JA_NEE_LEEG = z.enum(["J", "N", ""], { error: "Kies ja of nee." }).default("");

/** An optional moment typed as Dutch local time ("" = unknown), not in the future. */
const zOptioneelMoment = (label: string) =>
  z
    .string()
    .trim()
    .default("")
    .transform((s, ctx) => {
      if (s === "") return null;
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

export const INTAKE_VELDEN = {
  acuut: z.enum(["J", "N"], { error: "Kies of de melding acuut is." }),
  acuutReden: zOptionalText("Reden acuut", 500),
  vormenGeweld: z
    .array(z.string())
    .default([])
    .refine((vs) => vs.every((v) => VORM_WAARDEN.includes(v)), "Kies alleen vormen van geweld uit de lijst.")
    .transform((vs) => VORM_WAARDEN.filter((v) => vs.includes(v))),
  politieRegistratienummer: zOptionalText("Registratienummer politie", 30).refine(
    (s) => s === null || /^[A-Za-z0-9][A-Za-z0-9 ./-]*$/.test(s),
    "Het registratienummer bestaat uit letters, cijfers, punten, streepjes en schuine strepen.",
  ),
  politieIncidentOp: zOptioneelMoment("Datum en tijd incident"),
  tijdelijkHuisverbod: JA_NEE_LEEG,
};

type Intake = {
  acuut: "J" | "N";
  acuutReden: string | null;
  datumMelding: Date;
  politieIncidentOp: Date | null;
  tijdelijkHuisverbod: "J" | "N" | "";
};

/** An acute melding says why; the incident happened on or before the day the melding came in. */
export function refineIntake(m: Intake, ctx: z.RefinementCtx) {
  if (m.acuut === "J" && !m.acuutReden) {
    ctx.addIssue({ code: "custom", path: ["acuutReden"], message: "Geef kort aan waarom de melding acuut is." });
  }
  if (m.politieIncidentOp && m.datumMelding instanceof Date) {
    if (toAmsterdamInput(m.politieIncidentOp).slice(0, 10) > toIsoDate(m.datumMelding)) {
      ctx.addIssue({
        code: "custom",
        path: ["politieIncidentOp"],
        message: "Het incident kan niet na de datum melding liggen.",
      });
    }
  }
}

/** As stored: acuut as a boolean with a reason only when acute, tijdelijk huisverbod J/N/onbekend as true/false/null. */
export function storedIntake(m: Intake) {
  return {
    acuut: m.acuut === "J",
    acuutReden: m.acuut === "J" ? m.acuutReden : null,
    tijdelijkHuisverbod: m.tijdelijkHuisverbod === "" ? null : m.tijdelijkHuisverbod === "J",
  };
}
