import { z } from "zod";
import { zId } from "@/lib/domain/zod-fields";

export const ZSetUserActive = z.object({
  userId: zId,
  active: z.boolean({ error: "Ongeldige keuze." }),
  version: zId,
});
export type TSetUserActiveInput = z.input<typeof ZSetUserActive>;

export const ZInstellingen = z.object({
  naam: z
    .string()
    .trim()
    .min(1, "Vul de naam van de organisatie in.")
    .max(200, "De naam mag hoogstens 200 tekens lang zijn."),
  vtRegioCode: z
    .string()
    .trim()
    .regex(/^VT[0-9]{2}$/, "De regiocode heeft de vorm VTnn, bijvoorbeeld VT18."),
  kvkNummer: z
    .string()
    .trim()
    .regex(/^[0-9]{8}$/, "Het KvK-nummer bestaat uit 8 cijfers."),
  monitoringIntervalDagen: z.coerce
    .number({ error: "Vul een aantal dagen in." })
    .int("Vul een heel aantal dagen in.")
    .min(7, "Het interval is minstens 7 dagen.")
    .max(365, "Het interval is hoogstens 365 dagen."),
});
export type TInstellingen = z.input<typeof ZInstellingen>;
