// Marking one's own signals as read: one, or all at once. Only one's own: the user is in the query.
import "server-only";
import { z } from "zod";
import { defineCommand } from "@/lib/auth/door";
import { now } from "@/lib/domain/clock";

export const ZSignalenGelezen = z.object({
  ids: z.array(z.coerce.number().int().positive()).max(100).default([]),
  alle: z.boolean().default(false),
});
export type TSignalenGelezenInput = z.input<typeof ZSignalenGelezen>;

export const markeerSignalenGelezen = defineCommand(
  { permission: "signalen:view", schema: ZSignalenGelezen },
  async ({ tx, user, data, audit }) => {
    const r = await tx.signaal.updateMany({
      where: { userId: user.id, gelezenOp: null, ...(data.alle ? {} : { id: { in: data.ids } }) },
      data: { gelezenOp: now() },
    });
    await audit({ action: "UPDATE", entityType: "signaal", detail: `${r.count} marked read` });
    return { aantal: r.count };
  },
);
