// Marking an item of Te controleren: its key (as the list made it) and the privacy officer's remark.
import { z } from "zod";
import { zRequiredText } from "@/lib/domain/zod-fields";

export const ZControle = z.object({
  sleutel: z
    .string({ error: "Onbekend item." })
    .regex(/^(noodtoegang:\d+|afgeschermd:\d+:\d+:\d{4}-\d{2}-\d{2}|volume:\d+:\d{4}-\d{2}-\d{2})$/, "Onbekend item."),
  opmerking: zRequiredText("Opmerking", 2000),
});
export type TControleInput = z.input<typeof ZControle>;
