// What a page may see of a melding. The melder's identity is shielded here, in the data, for roles that do not
// need it when the melder asked for anonymity (anoniem = J): the component never receives it.
// This is the one place that decides it, by the permission "melder:identity" (lib/auth/permissions.ts).
import type { Role } from "@/generated/prisma/enums";
import { roleHas } from "@/lib/auth/permissions";

export type MelderDto = {
  functieRol: string;
  organisatie: string;
  anoniem: boolean;
  /** True when the identity below was withheld for this user's role. */
  afgeschermd: boolean;
  naam: string | null;
  contact: string | null;
  organisatieNaam: string | null;
};

export function shieldMelder(
  role: Role,
  m: {
    functieRol?: string;
    organisatie?: string;
    anoniem: boolean;
    melderNaam: string | null;
    melderContact: string | null;
    melderOrganisatieNaam: string | null;
  },
): MelderDto {
  const afgeschermd = m.anoniem && !roleHas(role, "melder:identity");
  return {
    functieRol: m.functieRol ?? "",
    organisatie: m.organisatie ?? "",
    anoniem: m.anoniem,
    afgeschermd,
    naam: afgeschermd ? null : m.melderNaam,
    contact: afgeschermd ? null : m.melderContact,
    organisatieNaam: afgeschermd ? null : m.melderOrganisatieNaam,
  };
}
