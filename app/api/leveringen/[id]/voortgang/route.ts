import { z } from "zod";
import { secureRoute } from "@/lib/auth/route";
import { zId } from "@/lib/domain/zod-fields";
import { getJob } from "@/lib/levering/jobs";

export const dynamic = "force-dynamic";

export const GET = secureRoute(
  { permission: "levering:view", params: z.object({ id: zId }), resourceType: "levering" },
  async ({ params }) => {
    const job = getJob(params.id);
    return Response.json(
      job
        ? { records: job.records, done: job.done, error: job.error ?? null }
        : { records: 0, done: true, error: null },
    );
  },
);
