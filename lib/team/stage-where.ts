// The phases of an open casus (deriveStage in lib/domain/casus-state.ts) and the two "wacht op casemanager"
// groups as query conditions, so the database can count and page them over all rows. stage-where.int.test.ts
// holds each condition to deriveStage on the same casussen.
import type { Prisma } from "@/generated/prisma/client";
import { INHOUD_VERVOLGSTAPPEN_VT, type CasusStage } from "@/lib/domain/casus-state";

export type OpenStage = Exclude<CasusStage, "GESLOTEN">;
export const OPEN_STAGES: OpenStage[] = ["BEOORDELING", "DIENST_STARTEN", "DIENST", "OVERDRACHT_MONITORING"];

const geldig = { ingetrokkenOp: null };
const beoordeling: Prisma.CasusWhereInput = { meldingen: { some: { ...geldig, beoordelingOpen: true } } };
const dienst: Prisma.CasusWhereInput = { diensten: { some: { status: { not: "AFGESLOTEN" } } } };
// A final "Vervolgstappen bij Veilig Thuis" without a dienst yet (dienstGestart is kept by the database).
const dienstStarten: Prisma.CasusWhereInput = {
  beoordelingen: {
    some: {
      inhoud: INHOUD_VERVOLGSTAPPEN_VT,
      dienstGestart: false,
      vastgesteldOp: { not: null },
      melding: geldig,
    },
  },
};

/** Open casussen in each phase; the phases exclude each other in deriveStage's order. */
export const STAGE_WHERE: Record<OpenStage, Prisma.CasusWhereInput> = {
  BEOORDELING: { einddatum: null, ...beoordeling },
  DIENST: { einddatum: null, NOT: [beoordeling], ...dienst },
  DIENST_STARTEN: { einddatum: null, NOT: [beoordeling, dienst], ...dienstStarten },
  OVERDRACHT_MONITORING: { einddatum: null, NOT: [beoordeling, dienst, dienstStarten] },
};

// From the beoordeling to its melding (not the other way): the database then reads only the beoordelingen
// "Vervolgstappen bij Veilig Thuis" from an index (beoordeling_definitief_casus_idx) instead of every melding.
const vervolgVT = (definitief: boolean): Prisma.CasusWhereInput => ({
  beoordelingen: {
    some: {
      inhoud: INHOUD_VERVOLGSTAPPEN_VT,
      vastgesteldOp: definitief ? { not: null } : null,
      melding: geldig,
    },
  },
});

/** Open casussen without a casemanager that need one now (a final "Vervolgstappen bij Veilig Thuis") or may get
 * one ahead (such a beoordeling awaits confirmation). */
export const TOEWIJZEN_WHERE = {
  wacht: { einddatum: null, casemanagerId: null, ...vervolgVT(true) },
  alvast: { einddatum: null, casemanagerId: null, NOT: [vervolgVT(true)], ...vervolgVT(false) },
} satisfies Record<string, Prisma.CasusWhereInput>;
