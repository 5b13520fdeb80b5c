import { z } from "zod";

const noControl = (s: string) => !/\p{Cc}/u.test(s);

// The form checks only that both fields are filled; everything else is judged by the server (ZLogin), so every
// refused attempt that reaches it is throttled and audited, and a wrong guess is never told apart from a typo.
export const ZLoginForm = z.object({
  username: z
    .string()
    .trim()
    .min(1, "Vul uw gebruikersnaam in.")
    .refine(noControl, "De gebruikersnaam bevat een teken dat niet kan."),
  password: z.string().min(1, "Vul uw wachtwoord in."),
  code: z.string().trim().max(20, "Deze code is te lang.").optional(),
});
export const ZLogin = ZLoginForm.extend({
  username: ZLoginForm.shape.username.pipe(z.string().max(64, "Deze gebruikersnaam is te lang.")),
  password: ZLoginForm.shape.password.max(256, "Dit wachtwoord is te lang."),
});
export type TLoginForm = z.infer<typeof ZLoginForm>;

export const LOGIN_FAILED_MESSAGE = "Onjuiste gebruikersnaam of wachtwoord.";
export const LOGIN_MESSAGES: Record<string, string> = {
  invalid: LOGIN_FAILED_MESSAGE,
  address: "Te veel mislukte pogingen vanaf dit adres. Probeer het over 15 minuten opnieuw.",
  code_required: "Vul de code uit uw authenticator-app in, of een van uw herstelcodes.",
  code_invalid: "Deze code klopt niet of is al gebruikt. Vul de nieuwe code uit uw app in.",
};
export const waitMessage = (seconds: number) =>
  `Na een mislukte poging wacht u even: probeer het over ${seconds} ${seconds === 1 ? "seconde" : "seconden"} opnieuw.`;
