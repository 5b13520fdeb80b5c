// Password rules (OWASP ASVS 5.0 §6.2): 12 to 128 characters, no composition rules, not a well-known or
// breached password (zxcvbn-ts's list of 49 233 common passwords, and its strength estimate for variants such as
// "Wachtwoord2026!"), never containing the username. The messages say why, in Dutch. Server only: the list is big.
import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { MAX_LENGTH, MIN_LENGTH } from "./password-policy-limits";

const COMMON = new Set(common.dictionary["passwords-common"]);
const zxcvbn = new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });

/** Why a new password is refused, or null when it is good. */
export function passwordProblem(password: string, username: string): string | null {
  const length = [...password].length;
  if (length < MIN_LENGTH)
    return `Het wachtwoord moet minstens ${MIN_LENGTH} tekens lang zijn; een zin van een paar woorden is makkelijk te onthouden.`;
  if (length > MAX_LENGTH) return `Het wachtwoord mag hoogstens ${MAX_LENGTH} tekens lang zijn.`;
  if (/\p{Cc}/u.test(password)) return "Het wachtwoord mag geen besturingstekens bevatten.";
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase())) return "Het wachtwoord mag uw gebruikersnaam niet bevatten.";
  if (COMMON.has(lower))
    return "Dit wachtwoord staat op een lijst van veelgebruikte of gelekte wachtwoorden. Kies een ander.";
  if (zxcvbn.check(password, [username, "veilig", "thuis", "veiligthuis"]).score < 3) {
    return "Dit wachtwoord is te makkelijk te raden (een bekend woord of patroon met een paar tekens erbij). Kies een langere zin of meer onvoorspelbare woorden.";
  }
  return null;
}
