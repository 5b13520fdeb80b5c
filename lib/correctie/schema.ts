// The reason every correction needs, and the forms of the corrections that have no registration form of their own.
import { z } from "zod";
import { zCode, zDatum, zId, zKeuze, zOptionalText, zRequiredText, zVersion } from "@/lib/domain/zod-fields";
import { zVeiligheidsscore } from "@/lib/monitoring/schema";
import { zBetrokkeneIds } from "@/lib/overdracht/schema";
import { zGemeentecode } from "@/lib/gemeenten/schema";
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

/** Corrigeren of an overdracht: datum, partij, hulp, betrokkenen, toelichting (the source and moment stay). */
export const ZOverdrachtCorrectie = z.object({
  casusnummer: zNummer,
  overdrachtId: zId,
  version: zVersion,
  reden: zReden,
  datum: zDatum("Datum overdracht"),
  partij: zCode("I", "Partij"),
  hulp: zCode("J", "Hulp"),
  betrokkeneIds: zBetrokkeneIds,
  toelichting: zOptionalText("Toelichting", 4000),
});
export type TOverdrachtCorrectieInput = z.input<typeof ZOverdrachtCorrectie>;

/** Corrigeren of a monitoringsmoment: datum, veiligheidsscore, notitie. */
export const ZMonitoringCorrectie = z.object({
  casusnummer: zNummer,
  momentId: zId,
  version: zVersion,
  reden: zReden,
  datum: zDatum("Datum monitoring"),
  veiligheidsscore: zVeiligheidsscore,
  notitie: zOptionalText("Notitie", 500),
});
export type TMonitoringCorrectieInput = z.input<typeof ZMonitoringCorrectie>;

/** Corrigeren of the casus's gemeente. */
export const ZCasusGemeenteCorrectie = z.object({
  casusnummer: zNummer,
  version: zVersion,
  reden: zReden,
  gemeentecode: zGemeentecode(true),
});
export type TCasusGemeenteCorrectieInput = z.input<typeof ZCasusGemeenteCorrectie>;

/** The teamleider's correction of a vastgestelde veiligheidsbeoordeling; it then waits for vaststelling again. */
export const ZBeoordelingCorrectie = z.object({
  casusnummer: zNummer,
  beoordelingId: zId,
  version: zVersion,
  reden: zReden,
  datum: zDatum("Datum beoordeling"),
  taxatie: zKeuze("G", "Veiligheidstaxatie", "Kies de veiligheidstaxatie."),
  inhoud: zKeuze("F", "Inhoud", "Kies de inhoud van het besluit."),
  toelichting: zOptionalText("Toelichting", 8000),
});
export type TBeoordelingCorrectieInput = z.input<typeof ZBeoordelingCorrectie>;
