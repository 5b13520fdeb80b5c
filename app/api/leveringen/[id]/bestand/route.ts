import fs from "node:fs";
import { Readable } from "node:stream";
import { getCurrentUser } from "@/lib/auth/current-user";
import { openLeveringDownload } from "@/lib/levering/queries";
import { Forbidden, NotFound } from "@/lib/auth/errors";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Niet ingelogd", { status: 401 });
  const id = Number((await ctx.params).id);
  if (!Number.isInteger(id) || id <= 0) return new Response("Niet gevonden", { status: 404 });
  try {
    const f = await openLeveringDownload(user, id);
    return new Response(Readable.toWeb(fs.createReadStream(f.path)) as ReadableStream, {
      headers: { "Content-Type": "text/plain; charset=us-ascii", "Content-Disposition": `attachment; filename="${f.bestandsnaam}"`, "X-Content-SHA256": f.sha256 },
    });
  } catch (e) {
    if (e instanceof Forbidden) return new Response("Geen toegang", { status: 403 });
    if (e instanceof NotFound) return new Response("Niet gevonden", { status: 404 });
    throw e;
  }
}
