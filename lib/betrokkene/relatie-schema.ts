// Forms of the relations between betrokkenen of one casus (ouder van, kind van, partner van, gezag) and of the
// link between two betrokkenen of different casussen recorded as the same person.
import { z } from "zod";
import { zId, zKeuzeId, zRequiredText } from "@/lib/domain/zod-fields";
import { zNummer } from "@/lib/dienst/schema";
import type { RelatieSoort } from "@/generated/prisma/enums";

/** What the worker chooses, read from the person of the page: "[deze persoon] is … [de ander]". */
export const RELATIE_KEUZES = {
  OUDER_VAN: "ouder van",
  KIND_VAN: "kind van",
  PARTNER_VAN: "partner van",
  EX_PARTNER_VAN: "ex-partner van",
  GEZAG_OVER: "heeft gezag over",
  ONDER_GEZAG_VAN: "staat onder gezag van",
} as const;
export type RelatieKeuze = keyof typeof RELATIE_KEUZES;

/** How a choice is stored: `van` is ouder van / partner van / heeft gezag over `naar`; symmetric ones lowest id first. */
export function relatieRij(keuze: RelatieKeuze, dezeId: number, andereId: number) {
  const paar = (soort: RelatieSoort, vanId: number, naarId: number) => ({ soort, vanId, naarId });
  switch (keuze) {
    case "OUDER_VAN":
      return paar("OUDER", dezeId, andereId);
    case "KIND_VAN":
      return paar("OUDER", andereId, dezeId);
    case "GEZAG_OVER":
      return paar("GEZAG", dezeId, andereId);
    case "ONDER_GEZAG_VAN":
      return paar("GEZAG", andereId, dezeId);
    case "PARTNER_VAN":
    case "EX_PARTNER_VAN":
      return paar(
        keuze === "PARTNER_VAN" ? "PARTNER" : "EX_PARTNER",
        Math.min(dezeId, andereId),
        Math.max(dezeId, andereId),
      );
  }
}

/** A stored relation read from one of its two persons. */
export function relatieVanuit(r: { soort: RelatieSoort; vanId: number; naarId: number }, persoonId: number): string {
  const van = r.vanId === persoonId;
  switch (r.soort) {
    case "OUDER":
      return van ? RELATIE_KEUZES.OUDER_VAN : RELATIE_KEUZES.KIND_VAN;
    case "GEZAG":
      return van ? RELATIE_KEUZES.GEZAG_OVER : RELATIE_KEUZES.ONDER_GEZAG_VAN;
    case "PARTNER":
      return RELATIE_KEUZES.PARTNER_VAN;
    case "EX_PARTNER":
      return RELATIE_KEUZES.EX_PARTNER_VAN;
  }
}

export const ZRelatie = z.object({
  casusnummer: zNummer,
  betrokkeneId: zId,
  keuze: z
    .string({ error: "Kies de relatie." })
    .refine((k): k is RelatieKeuze => k in RELATIE_KEUZES, "Kies de relatie."),
  andereId: zKeuzeId("Kies de andere betrokkene."),
});
export type TRelatieInput = z.input<typeof ZRelatie>;

export const ZRelatieVerwijderen = z.object({ casusnummer: zNummer, relatieId: zId });
export type TRelatieVerwijderenInput = z.input<typeof ZRelatieVerwijderen>;

export const ZKoppeling = z.object({
  casusnummer: zNummer,
  betrokkeneId: zId,
  andereId: zKeuzeId("Kies de persoon."),
  reden: zRequiredText("Reden", 500),
});
export type TKoppelingInput = z.input<typeof ZKoppeling>;

export const ZOntkoppelen = z.object({ casusnummer: zNummer, koppelingId: zId });
export type TOntkoppelenInput = z.input<typeof ZOntkoppelen>;
