import { z } from "zod";
import { secureRoute } from "@/lib/auth/route";
import { NotFound } from "@/lib/auth/errors";
import { parseLogFilter } from "@/lib/privacy/log-params";
import { exportLogCsv } from "@/lib/privacy/log";

export const dynamic = "force-dynamic";

/** The access log of a casus, a betrokkene or a medewerker as CSV (the privacy officer's views), an audited export. */
export const GET = secureRoute(
  { permission: "audit:read", params: z.object({}), resourceType: "privacy_log" },
  async ({ user, request }) => {
    const sp = Object.fromEntries(new URL(request.url).searchParams);
    const persoon = sp.persoon && /^\d{1,6}$/.test(sp.persoon) ? Number(sp.persoon) : undefined;
    const ref = sp.medewerker ? { username: sp.medewerker } : sp.casus ? { casusnummer: sp.casus, persoon } : null;
    if (!ref) throw new NotFound();
    const r = await exportLogCsv(user, ref, parseLogFilter(sp));
    if (!r) throw new NotFound();
    return new Response(r.csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${r.naam}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
