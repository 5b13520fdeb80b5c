import { z } from "zod";

export const ZSetUserActive = z.object({
  userId: z.coerce.number().int().positive(),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
  version: z.coerce.number().int().positive(),
});
