// Persoonsoverzicht: one betrokkene and every casus of the organisation (within the user's scope) that the same
// person appears in, matched by BSN, with their role and the others in each casus. Without a (real) BSN only this
// casus is shown: linking persons by hand is not built yet. One audited READ naming the persons shown.
import "server-only";
import type { Actor } from "@/lib/auth/audit";
import { auditedRead } from "@/lib/auth/audited-read";
import { casusScope } from "@/lib/auth/scope";
import type { BetrokkeneRol } from "@/generated/prisma/enums";
import { isSpecialBsn } from "@/lib/domain/bsn";
import { deriveStage, getStageLabel } from "@/lib/domain/casus-state";
import { toIsoDate } from "@/lib/domain/dates";
import { formatNaam } from "@/lib/casus/naam";
import { SNAPSHOT_SELECT, toCasusSnapshot } from "@/lib/casus/snapshot";

export type PersoonsCasus = {
  nummer: string;
  begindatum: string;
  einddatum: string | null;
  fase: string;
  rol: BetrokkeneRol;
  dezeCasus: boolean;
  anderen: { naam: string; rol: BetrokkeneRol }[];
};
export type Persoonsoverzicht = {
  naam: string;
  bsn: string | null;
  geboortedatum: string | null;
  gematchtOpBsn: boolean;
  casussen: PersoonsCasus[];
};

const PERSOON = {
  id: true,
  persoonsvolgnummer: true,
  voornamen: true,
  tussenvoegsel: true,
  achternaam: true,
  rol: true,
};

export async function getPersoonsoverzicht(
  user: Actor,
  casusnummer: string,
  persoonsvolgnummer: number,
): Promise<Persoonsoverzicht | null> {
  const r = await auditedRead(
    user,
    { permission: "casus:read", resource: { type: "casus", id: casusnummer.slice(0, 40) } },
    async (tx) => {
      const b = await tx.betrokkene.findFirst({
        where: { persoonsvolgnummer, casus: { AND: [{ nummer: casusnummer }, casusScope(user)] } },
        select: { ...PERSOON, bsn: true, geboortedatum: true, casusId: true },
      });
      if (!b) return null;
      const opBsn = !!b.bsn && !isSpecialBsn(b.bsn);
      const rijen = await tx.betrokkene.findMany({
        where: opBsn ? { bsn: b.bsn, casus: casusScope(user) } : { id: b.id },
        orderBy: [{ casus: { begindatum: "desc" } }, { casusId: "desc" }],
        take: 100,
        select: {
          id: true,
          rol: true,
          casus: {
            select: {
              ...SNAPSHOT_SELECT,
              id: true,
              nummer: true,
              begindatum: true,
              betrokkenen: { orderBy: { persoonsvolgnummer: "asc" }, select: PERSOON },
            },
          },
        },
      });
      return { b, opBsn, rijen };
    },
    (x) =>
      x
        ? {
            entityType: "betrokkene",
            entityId: x.b.id,
            casusId: x.b.casusId,
            betrokkeneIds: x.rijen.map((r) => r.id),
            detail: `persoonsoverzicht: ${x.rijen.length} casussen`,
          }
        : { entityType: "betrokkene", entityId: casusnummer.slice(0, 40), outcome: "FAILURE", detail: "not found" },
  );
  if (!r) return null;
  return {
    naam: formatNaam(r.b),
    bsn: r.b.bsn,
    geboortedatum: r.b.geboortedatum,
    gematchtOpBsn: r.opBsn,
    casussen: r.rijen.map((x) => ({
      nummer: x.casus.nummer,
      begindatum: toIsoDate(x.casus.begindatum),
      einddatum: x.casus.einddatum ? toIsoDate(x.casus.einddatum) : null,
      fase: getStageLabel(deriveStage(toCasusSnapshot(x.casus))),
      rol: x.rol,
      dezeCasus: x.casus.id === r.b.casusId,
      anderen: x.casus.betrokkenen.filter((o) => o.id !== x.id).map((o) => ({ naam: formatNaam(o), rol: o.rol })),
    })),
  };
}
