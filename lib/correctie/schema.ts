// The reason every correction needs, and the forms of the corrections that have no registration form of their own.
import { z } from "zod";
import { zId, zRequiredText, zVersion } from "@/lib/domain/zod-fields";
import { zNummer } from "@/lib/dienst/schema";
import { ZBetrokkeneInput } from "@/lib/betrokkene/schema";

export const zReden = zRequiredText("Reden van de correctie", 2000);

/** A betrokkene corrected with the fields of the melding form (as its one card, betrokkenen.0). */
export const ZBetrokkeneCorrectie = z.object({
  casusnummer: zNummer,
  id: zId,
  version: zVersion,
  reden: zReden,
  betrokkenen: z.array(ZBetrokkeneInput).length(1, "Ongeldige invoer."),
});
export type TBetrokkeneCorrectieInput = z.input<typeof ZBetrokkeneCorrectie>;

/** A betrokkene added to an open casus later: search first, then the known person or a new one. */
export const ZBetrokkeneToevoegen = z.object({
  casusnummer: zNummer,
  reden: zReden,
  betrokkenen: z.array(ZBetrokkeneInput).length(1, "Ongeldige invoer."),
});
export type TBetrokkeneToevoegenInput = z.input<typeof ZBetrokkeneToevoegen>;

export const ZMeldingIntrekken = z.object({
  casusnummer: zNummer,
  meldingId: zId,
  version: zVersion,
  reden: zRequiredText("Reden van intrekken", 2000),
});
export type TMeldingIntrekkenInput = z.input<typeof ZMeldingIntrekken>;

export const ZCasusHeropenen = z.object({
  casusnummer: zNummer,
  version: zVersion,
  reden: zRequiredText("Reden van heropenen", 2000),
});
export type TCasusHeropenenInput = z.input<typeof ZCasusHeropenen>;
