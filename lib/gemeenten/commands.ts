import "server-only";
import { defineCommand } from "@/lib/auth/door";
import { gemeenteLijstIn } from "./queries";
import { ZGemeenteLijst } from "./schema";

/** The gemeente list for the year of the date typed in a form (reference data; the read is audited). */
export const listGemeenten = defineCommand(
  { permission: "gemeenten:read", schema: ZGemeenteLijst },
  async ({ tx, data, audit }) => {
    const lijst = await gemeenteLijstIn(tx, data.jaar);
    await audit({ action: "READ", entityType: "gemeentelijst", detail: `jaar ${lijst.jaar}` });
    return lijst;
  },
);
