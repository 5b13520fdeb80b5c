import { z } from "zod";
import { secureRoute } from "@/lib/auth/route";
import { zId } from "@/lib/domain/zod-fields";
import { getVoortgang } from "@/lib/levering/queries";

export const dynamic = "force-dynamic";

export const GET = secureRoute(
  { permission: "levering:view", params: z.object({ id: zId }), resourceType: "levering" },
  async ({ params }) => Response.json(await getVoortgang(params.id)),
);
