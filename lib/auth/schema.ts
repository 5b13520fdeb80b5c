import { z } from "zod";

// The form checks only that both fields are filled; everything else is judged by the server (ZLogin), so every
// refused attempt that reaches it is throttled and audited, and a wrong guess is never told apart from a typo.
export const ZLoginForm = z.object({
  username: z.string().trim().min(1, "Vul uw gebruikersnaam in."),
  password: z.string().min(1, "Vul uw wachtwoord in."),
});
export const ZLogin = ZLoginForm.extend({
  username: ZLoginForm.shape.username.max(64, "Deze gebruikersnaam is te lang."),
  password: ZLoginForm.shape.password.max(256, "Dit wachtwoord is te lang."),
});
export type TLoginForm = z.infer<typeof ZLoginForm>;

export const LOGIN_FAILED_MESSAGE = "Onjuiste gebruikersnaam of wachtwoord.";
export const LOGIN_THROTTLED_MESSAGE = "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.";
