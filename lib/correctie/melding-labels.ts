// Texts of the melding correction that pages and the server share.
export const MELDER_AFGESCHERMD =
  "De melder van deze melding is afgeschermd voor uw rol. Vraag de teamleider of de voordeur om de melding te corrigeren.";
