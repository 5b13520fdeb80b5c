// Recording an overdracht: the source decides the moment (melding → 1, closed V&V → 2, closed Onderzoek → 3);
// the protocol rules judge it on the locked casus; one OverdrachtBetrokkene row per chosen person.
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { RuleViolation, ValidationFailed } from "@/lib/auth/errors";
import { assertRule } from "@/lib/casus/snapshot";
import {
  canAddOverdracht,
  PARTIJ_MOMENT_1_REDEN,
  partijPastBijMoment,
  type CasusSnapshot,
  type OverdrachtInput,
} from "@/lib/domain/casus-state";
import { compareDates, formatDatumNl } from "@/lib/domain/dates";
import { lockScopedCasus } from "@/lib/casus/scoped";
import { ZOverdracht, type TOverdracht } from "./schema";
import { roleHas } from "@/lib/auth/permissions";

/** The moment and source ids that the chosen source stands for, judged against the casus. */
export function toOverdrachtInput(snapshot: CasusSnapshot, bron: TOverdracht["bron"]): OverdrachtInput {
  if (bron.soort === "M") return { moment: 1, bronMeldingId: String(bron.id) };
  const dienst = snapshot.diensten.find((d) => d.id === String(bron.id));
  // An unknown dienst is refused by canAddOverdracht ("hoort niet bij de casus").
  return { moment: dienst?.soort === "O" ? 3 : 2, bronDienstId: String(bron.id) };
}

/** The date the overdracht cannot precede: the beoordeling (moment 1) or the end of the dienst (2, 3). */
function bronDatum(snapshot: CasusSnapshot, input: OverdrachtInput): { datum: Date; wat: string } | null {
  if (input.moment === 1) {
    const b = snapshot.meldingen.find((m) => m.id === input.bronMeldingId)?.beoordeling;
    return b ? { datum: b.datum, wat: "de veiligheidsbeoordeling" } : null;
  }
  const d = snapshot.diensten.find((x) => x.id === input.bronDienstId);
  return d?.einddatum ? { datum: d.einddatum, wat: "het einde van de dienst" } : null;
}

export const addOverdracht = defineCommand(
  { permission: "overdracht:write", schema: ZOverdracht, resource: { type: "overdracht" } },
  async ({ tx, user, data, audit }) => {
    const { casus, snapshot } = await lockScopedCasus(tx, user, data.casusnummer);
    const bron = toOverdrachtInput(snapshot, data.bron);
    if (bron.moment !== 1 && !roleHas(user.role, "overdracht:na-dienst")) {
      throw new RuleViolation("Een overdracht na een dienst legt de casemanager vast.");
    }
    assertRule(canAddOverdracht(snapshot, bron));
    if (!partijPastBijMoment(bron.moment, data.partij)) throw new ValidationFailed({ partij: PARTIJ_MOMENT_1_REDEN });
    const vanaf = bronDatum(snapshot, bron);
    if (vanaf && compareDates(data.datum, vanaf.datum) < 0) {
      throw new ValidationFailed({
        datum: `De datum overdracht ligt vóór ${vanaf.wat} (${formatDatumNl(vanaf.datum)}).`,
      });
    }
    const found = await tx.betrokkene.findMany({
      where: { id: { in: data.betrokkeneIds }, casusId: casus.id },
      select: { id: true },
    });
    if (found.length !== data.betrokkeneIds.length) {
      throw new ValidationFailed({ betrokkeneIds: "Een gekozen betrokkene hoort niet bij deze casus." });
    }
    const overdracht = await tx.overdracht.create({
      data: {
        casusId: casus.id,
        moment: bron.moment,
        bronMeldingId: bron.bronMeldingId ? Number(bron.bronMeldingId) : null,
        bronDienstId: bron.bronDienstId ? Number(bron.bronDienstId) : null,
        datum: data.datum,
        partij: data.partij,
        hulp: data.hulp,
        toelichting: data.toelichting,
        createdById: user.id,
        betrokkenen: { create: data.betrokkeneIds.map((betrokkeneId) => ({ betrokkeneId })) },
      },
      select: { id: true, nummer: true },
    });
    await audit({
      action: "CREATE",
      entityType: "overdracht",
      entityId: overdracht.id,
      casusId: casus.id,
      betrokkeneIds: data.betrokkeneIds,
      detail: `moment ${bron.moment}`,
    });
    return { casusnummer: casus.nummer, overdrachtnummer: overdracht.nummer, moment: bron.moment };
  },
);
