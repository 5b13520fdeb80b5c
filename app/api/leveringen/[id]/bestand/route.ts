import fs from "node:fs";
import { Readable } from "node:stream";
import { z } from "zod";
import { secureRoute } from "@/lib/auth/route";
import { zId } from "@/lib/domain/zod-fields";
import { openLeveringDownload } from "@/lib/levering/queries";

export const dynamic = "force-dynamic";

/** The delivery file, audited as an export before a byte leaves the server. */
export const GET = secureRoute(
  { permission: "levering:download", params: z.object({ id: zId }), resourceType: "levering" },
  async ({ user, params }) => {
    const f = await openLeveringDownload(user, params.id);
    return new Response(Readable.toWeb(fs.createReadStream(f.path)) as ReadableStream, {
      headers: {
        "Content-Type": "text/plain; charset=us-ascii",
        "Content-Disposition": `attachment; filename="${f.bestandsnaam}"`,
        "X-Content-SHA256": f.sha256,
      },
    });
  },
);
