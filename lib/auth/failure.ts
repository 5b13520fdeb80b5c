// A thrown typed error as the Dutch answer a form shows. Anything unexpected is logged (English, with the
// stack) and the user hears only that nothing was saved.
import { Conflict, Forbidden, NotFound, RuleViolation, Unauthenticated, ValidationFailed } from "./errors";
import type { ActionFailure } from "./action-result";

export const SESSIE_VERLOPEN = "Uw sessie is verlopen. Log opnieuw in; wat u heeft ingevuld blijft staan.";
export const NIET_GEVONDEN = "Dit dossier bestaat niet of u heeft er geen toegang toe.";
export const GEEN_TOEGANG = "U heeft geen toegang tot deze handeling. Deze poging is vastgelegd.";
export const ONVERWACHT = "Er ging iets mis bij het opslaan. Er is niets opgeslagen; probeer het opnieuw.";

export function toActionFailure(e: unknown): ActionFailure {
  if (e instanceof ValidationFailed) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
  if (e instanceof Conflict) return { ok: false, message: e.message, conflict: e.info };
  if (e instanceof RuleViolation) return { ok: false, message: e.message };
  if (e instanceof NotFound) return { ok: false, message: NIET_GEVONDEN };
  if (e instanceof Forbidden) return { ok: false, message: GEEN_TOEGANG };
  if (e instanceof Unauthenticated) return { ok: false, message: SESSIE_VERLOPEN, sessionExpired: true };
  console.error("[action] unexpected error", e);
  return { ok: false, message: ONVERWACHT };
}
