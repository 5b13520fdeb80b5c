// The phases of an open casus (deriveStage in lib/domain/casus-state.ts) and the two "wacht op casemanager"
// groups as query conditions, so the database can count and page them over all rows. stage-where.int.test.ts
// holds each condition to deriveStage on the same casussen.
import { Prisma } from "@/generated/prisma/client";
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

/**
 * The number of casussen of TOEWIJZEN_WHERE.wacht in the user's scope, as one SQL count (lijsten-synth.int.test.ts
 * holds it equal to the Prisma condition). The Team page counts it on every visit; from the condition above
 * PostgreSQL joins every final "Vervolgstappen" beoordeling ever given to its melding (27 000 at national scale)
 * before it meets the few casussen still without a casemanager — 70 ms. Asked per open casus without a casemanager
 * (an index of its own) whether such a beoordeling exists — a subquery with LIMIT 1, which PostgreSQL does not turn
 * into that join — it is two index probes each: a third of the time.
 */
export function wachtOpCasemanagerCountSql(scope: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS n FROM casus c
    WHERE c.einddatum IS NULL AND c."casemanagerId" IS NULL AND ${scope}
      AND coalesce((SELECT TRUE FROM veiligheidsbeoordeling b
        JOIN melding m ON m.id = b."meldingId" AND m."casusId" = b."casusId"
        WHERE b."casusId" = c.id AND b.inhoud = ${INHOUD_VERVOLGSTAPPEN_VT}::bpchar AND b."vastgesteldOp" IS NOT NULL
          AND m."ingetrokkenOp" IS NULL
        LIMIT 1), FALSE)`;
}
