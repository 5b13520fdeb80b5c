import { z } from "zod";
import { secureRoute } from "@/lib/auth/route";
import { documentStream, openDocument } from "@/lib/document/queries";
import { contentDisposition } from "@/lib/document/bestandsnaam";
import { NotFound } from "@/lib/auth/errors";

export const dynamic = "force-dynamic";

/** A document's bytes, always as an attachment and in a sandbox: never run or shown inside the app. */
export const GET = secureRoute(
  { permission: "document:read", params: z.object({ id: z.uuid() }), resourceType: "document" },
  async ({ user, params }) => {
    const d = await openDocument(user, params.id);
    if (!d) throw new NotFound();
    return new Response(documentStream(d.id), {
      headers: {
        "Content-Type": d.mediaType,
        "Content-Length": String(d.grootte),
        "Content-Disposition": contentDisposition(d.bestandsnaam),
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
        "X-Content-SHA256": d.sha256,
      },
    });
  },
);
