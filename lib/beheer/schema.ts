import { z } from "zod";
import { zId } from "@/lib/domain/zod-fields";
import { ROLES } from "@/lib/auth/permissions";

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
  terugkoppelingWerkdagen: z.coerce
    .number({ error: "Vul een aantal werkdagen in." })
    .int("Vul een heel aantal werkdagen in.")
    .min(1, "De termijn is minstens 1 werkdag.")
    .max(30, "De termijn is hoogstens 30 werkdagen."),
  controleDossiersPerDag: z.coerce
    .number({ error: "Vul een aantal dossiers in." })
    .int("Vul een heel aantal dossiers in.")
    .min(1, "De drempel is minstens 1 dossier.")
    .max(10_000, "De drempel is hoogstens 10.000 dossiers."),
  bewaartermijnJaren: z.coerce
    .number({ error: "Vul een aantal jaren in." })
    .int("Vul een heel aantal jaren in.")
    .min(1, "De bewaartermijn is minstens 1 jaar.")
    .max(20, "De Wmo 2015 staat hoogstens 20 jaar toe."),
  leveringBewaarJaren: z.coerce
    .number({ error: "Vul een aantal jaren in." })
    .int("Vul een heel aantal jaren in.")
    .min(1, "De termijn is minstens 1 jaar.")
    .max(20, "De termijn is hoogstens 20 jaar."),
  beheerderLogInzage: z.enum(["nee", "ja"], { error: "Kies ja of nee." }).transform((v) => v === "ja"),
});
export type TInstellingen = z.input<typeof ZInstellingen>;

const zRol = z.enum(ROLES, { error: "Kies een rol." }); // the roles of the one permission map

export const ZNieuweGebruiker = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "De gebruikersnaam heeft minstens 2 tekens.")
    .max(64, "De gebruikersnaam mag hoogstens 64 tekens lang zijn.")
    .regex(/^[a-z0-9._-]+$/, "Gebruik alleen kleine letters, cijfers, punt, streepje of liggend streepje."),
  displayName: z
    .string()
    .trim()
    .min(1, "Vul de naam in.")
    .max(120, "De naam mag hoogstens 120 tekens lang zijn.")
    .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), "De naam bevat een onzichtbaar teken of besturingsteken."),
  role: zRol,
});
export type TNieuweGebruikerInput = z.input<typeof ZNieuweGebruiker>;

export const ZRolWijzigen = z.object({ userId: zId, version: zId, role: zRol });
export type TRolWijzigenInput = z.input<typeof ZRolWijzigen>;

/** Reset and unlock act on one account at the version the beheerder saw. */
export const ZGebruikerRef = z.object({ userId: zId, version: zId });
export type TGebruikerRefInput = z.input<typeof ZGebruikerRef>;
