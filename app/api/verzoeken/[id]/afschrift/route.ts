import { secureRoute } from "@/lib/auth/route";
import { NotFound } from "@/lib/auth/errors";
import { zId } from "@/lib/domain/zod-fields";
import { z } from "zod";
import { maakAfschrift } from "@/lib/afschrift/queries";

export const dynamic = "force-dynamic";

/** The afschrift of an inzage request as a PDF: made on request, never stored, an audited export. */
export const GET = secureRoute(
  { permission: "verzoek:write", params: z.object({ id: zId }), resourceType: "verzoek" },
  async ({ user, params }) => {
    const r = await maakAfschrift(user, params.id);
    if (!r) throw new NotFound();
    return new Response(Buffer.from(r.pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${r.naam}"`,
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
      },
    });
  },
);
