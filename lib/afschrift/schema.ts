// The privacy officer's choice of journaalregels that may be shared in the afschrift of an inzage request.
import { z } from "zod";
import { zId } from "@/lib/domain/zod-fields";

export const ZDeelbareRegels = z.object({
  id: zId,
  /** Checkboxes: one value, several, or none (false). */
  regelIds: z.preprocess(
    (v) => (Array.isArray(v) ? v : v === false || v === null || v === undefined || v === "" ? [] : [v]),
    z.array(zId).max(2000, { error: "Kies hoogstens 2000 journaalregels." }),
  ),
});
export type TDeelbareRegelsInput = z.input<typeof ZDeelbareRegels>;
