// The organisation's monitoring interval (table organisatie, id 1), with the default when it is not set up.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { DEFAULT_MONITORING_INTERVAL_DAGEN } from "./next-date";

export async function loadMonitoringInterval(tx: Tx): Promise<number> {
  const org = await tx.organisatie.findUnique({ where: { id: 1 }, select: { monitoringIntervalDagen: true } });
  return org?.monitoringIntervalDagen ?? DEFAULT_MONITORING_INTERVAL_DAGEN;
}
