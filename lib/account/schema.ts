// The forms of one's own account. Length is checked in the browser too; the rest of the password rules
// (common passwords, the username) on the server (lib/auth/password-policy.ts).
import { z } from "zod";
import { MAX_LENGTH, MIN_LENGTH } from "@/lib/auth/password-policy-limits";

const zNieuw = z
  .string()
  .min(MIN_LENGTH, `Het wachtwoord moet minstens ${MIN_LENGTH} tekens lang zijn.`)
  .max(MAX_LENGTH, `Het wachtwoord mag hoogstens ${MAX_LENGTH} tekens lang zijn.`);

const gelijk = (v: { nieuw: string; herhaal: string }) => v.nieuw === v.herhaal;
const ongelijk = { path: ["herhaal"], message: "De twee wachtwoorden zijn niet gelijk." };

/** Setting up the account: the one-time password was just used to log in. */
export const ZEigenWachtwoord = z.object({ nieuw: zNieuw, herhaal: z.string() }).refine(gelijk, ongelijk);
export type TEigenWachtwoordInput = z.input<typeof ZEigenWachtwoord>;

export const ZWachtwoordWijzigen = z
  .object({ huidig: z.string().min(1, "Vul uw huidige wachtwoord in."), nieuw: zNieuw, herhaal: z.string() })
  .refine(gelijk, ongelijk);
export type TWachtwoordWijzigenInput = z.input<typeof ZWachtwoordWijzigen>;

export const ZTotpBevestigen = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "Vul de 6 cijfers uit uw authenticator-app in."),
});
export type TTotpBevestigenInput = z.input<typeof ZTotpBevestigen>;

export const ZHerstelcodes = z.object({ huidig: z.string().min(1, "Vul uw huidige wachtwoord in.") });
export type THerstelcodesInput = z.input<typeof ZHerstelcodes>;

export const ZSessieBeeindigen = z.object({ sessionId: z.string().uuid("Onbekende sessie.") });
