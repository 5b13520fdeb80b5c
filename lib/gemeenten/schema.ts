import { z } from "zod";

/** The code of "gemeente onbekend" in forms (stored as NULL, delivered as 0000). */
export const GEMEENTE_ONBEKEND = "0000";

/** The year whose gemeente list a form needs (the year of the date typed). */
export const ZGemeenteLijst = z.object({ jaar: z.number().int().min(1900).max(2100) });
export type TGemeenteLijstInput = z.input<typeof ZGemeenteLijst>;

/** A gemeente of the list, or 0000 = onbekend (stored as empty). Checked against the list of the year on the server. */
export const zGemeentecode = (verplicht: boolean) =>
  z
    .string()
    .trim()
    .default("")
    .refine((s) => s === "" || /^\d{4}$/.test(s), "Kies een gemeente uit de lijst.")
    .refine((s) => !verplicht || s !== "", "Kies de gemeente.");
