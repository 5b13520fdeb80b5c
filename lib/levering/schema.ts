import { z } from "zod";
import "@/lib/domain/zod-fields";
import { zId } from "@/lib/domain/zod-fields";

export const ZMaakLevering = z.object({
  periode: z.string({ error: "Kies een periode." }).regex(/^\d{4}H[12]$/, "Kies een periode."),
  soort: z.enum(["R", "C"], { error: "Kies regulier of correctie." }),
});
export type TMaakLevering = z.infer<typeof ZMaakLevering>;

export const ZLeveringId = z.object({ id: zId });
