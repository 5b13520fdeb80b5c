// Forms of the team lead: assign a casus to a case manager, assign a melding to a triage worker.
import { z } from "zod";
import { zId, zKeuzeId, zVersion } from "@/lib/domain/zod-fields";

export const ZAssignCasemanager = z.object({
  casusId: zId,
  version: zVersion,
  casemanagerId: zKeuzeId("Kies een casemanager."),
});
export type TAssignCasemanagerInput = z.input<typeof ZAssignCasemanager>;

export const ZAssignBehandelaar = z.object({
  meldingId: zId,
  version: zVersion,
  behandelaarId: zKeuzeId("Kies een behandelaar."),
});
export type TAssignBehandelaarInput = z.input<typeof ZAssignBehandelaar>;
