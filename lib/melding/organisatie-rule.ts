// Rule K07 for an adviesvrager or melder: the organisatie is 98 (niet van toepassing) if and only if the functie
// or rol is niet-beroepsmatig (list D 01-07). The form hides the field for those rollen; the server stores 98.
import type { z } from "zod";
import { isNietBeroepsmatig, ORGANISATIE_NIET_BEROEPSMATIG } from "@/lib/domain/codes";

export const ORGANISATIE_98_MESSAGE =
  "'Niet van toepassing' kan alleen bij een niet-beroepsmatige functie of rol: kies de organisatie.";
export const ORGANISATIE_VERPLICHT_MESSAGE = "Kies de organisatie van de beroepsmatige functie.";

/** The organisatie to store, or a Dutch message. An empty organisatie is fine for a niet-beroepsmatige rol. */
export function resolveOrganisatie(
  functieRol: string,
  organisatie: string,
): { ok: true; organisatie: string } | { ok: false; message: string } {
  if (isNietBeroepsmatig(functieRol)) return { ok: true, organisatie: ORGANISATIE_NIET_BEROEPSMATIG };
  if (organisatie === "") return { ok: false, message: ORGANISATIE_VERPLICHT_MESSAGE };
  if (organisatie === ORGANISATIE_NIET_BEROEPSMATIG) return { ok: false, message: ORGANISATIE_98_MESSAGE };
  return { ok: true, organisatie };
}

/** superRefine for a schema with functieRol + organisatie: the message lands at the organisatie field. */
export function refineOrganisatie(v: { functieRol: string; organisatie: string }, ctx: z.RefinementCtx) {
  const r = resolveOrganisatie(v.functieRol, v.organisatie);
  if (!r.ok) ctx.addIssue({ code: "custom", message: r.message, path: ["organisatie"] });
}

export function applyOrganisatie<T extends { functieRol: string; organisatie: string }>(v: T): T {
  const r = resolveOrganisatie(v.functieRol, v.organisatie);
  return r.ok ? { ...v, organisatie: r.organisatie } : v;
}
