import { getCurrentUser } from "@/lib/auth/current-user";
import { roleHas } from "@/lib/auth/permissions";
import { getJob } from "@/lib/levering/jobs";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user || !roleHas(user.role, "levering:view")) return new Response(null, { status: 403 });
  const job = getJob(Number((await ctx.params).id));
  return Response.json(job ? { records: job.records, done: job.done, error: job.error ?? null } : { records: 0, done: true, error: null });
}
