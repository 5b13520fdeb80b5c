// Forms of the team lead: assign a casus to a case manager, assign a melding to a triage worker.
import { z } from "zod";
import { zId, zVersion } from "@/lib/domain/zod-fields";

/** The id chosen in a select: empty means nothing was chosen. */
const zKeuze = (message: string) =>
  z.union([z.string(), z.number()], { error: message }).transform((v, ctx) => {
    const s = String(v).trim();
    const n = Number(s);
    if (s === "") ctx.addIssue({ code: "custom", message });
    else if (!/^[0-9]{1,10}$/.test(s) || n < 1 || n > 2_147_483_647) ctx.addIssue({ code: "custom", message: "Ongeldige verwijzing." });
    else return n;
    return z.NEVER;
  });

export const ZAssignCasemanager = z.object({
  casusId: zId,
  version: zVersion,
  casemanagerId: zKeuze("Kies een casemanager."),
});
export type TAssignCasemanager = z.infer<typeof ZAssignCasemanager>;
export type TAssignCasemanagerInput = z.input<typeof ZAssignCasemanager>;

export const ZAssignBehandelaar = z.object({
  meldingId: zId,
  version: zVersion,
  behandelaarId: zKeuze("Kies een behandelaar."),
});
export type TAssignBehandelaar = z.infer<typeof ZAssignBehandelaar>;
export type TAssignBehandelaarInput = z.input<typeof ZAssignBehandelaar>;
