// Recording a monitoringsmoment: only after an overdracht, on an open casus, not before the first overdracht; with
// the oordeel per voorwaarde of the veiligheidsplan (lib/veiligheidsplan/scores.ts).
import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { ValidationFailed } from "@/lib/auth/errors";
import { assertRule } from "@/lib/casus/snapshot";
import { canAddMonitoring } from "@/lib/domain/casus-state";
import { compareDates, formatDatumNl } from "@/lib/domain/dates";
import { lockScopedCasus } from "@/lib/casus/scoped";
import { recordVoorwaardeScores } from "@/lib/veiligheidsplan/scores";
import { ZMonitoringsmoment } from "./schema";

export const addMonitoringsmoment = defineCommand(
  { permission: "monitoring:write", schema: ZMonitoringsmoment, resource: { type: "monitoringsmoment" } },
  async ({ tx, user, data, audit }) => {
    const { casus, snapshot } = await lockScopedCasus(tx, user, data.casusnummer);
    assertRule(canAddMonitoring(snapshot));
    const eerste = await tx.overdracht.findFirst({
      where: { casusId: casus.id },
      orderBy: { datum: "asc" },
      select: { datum: true },
    });
    if (eerste && compareDates(data.datum, eerste.datum) < 0) {
      throw new ValidationFailed({
        datum: `De datum monitoring ligt vóór de eerste overdracht (${formatDatumNl(eerste.datum)}).`,
      });
    }
    const moment = await tx.monitoringsmoment.create({
      data: {
        casusId: casus.id,
        datum: data.datum,
        veiligheidsscore: data.veiligheidsscore,
        notitie: data.notitie,
        createdById: user.id,
      },
      select: { id: true, nummer: true, casus: { select: { casemanagerId: true } } },
    });
    const heroverwegen = await recordVoorwaardeScores(
      tx,
      {
        casusId: casus.id,
        casusnummer: casus.nummer,
        casemanagerId: moment.casus.casemanagerId,
        momentId: moment.id,
        datum: data.datum,
      },
      data.voorwaarden,
    );
    await audit({ action: "CREATE", entityType: "monitoringsmoment", entityId: moment.id, casusId: casus.id });
    return { casusnummer: casus.nummer, monitoringnummer: moment.nummer, heroverwegen };
  },
);
