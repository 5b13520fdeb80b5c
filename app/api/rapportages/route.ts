import { z } from "zod";
import { secureRoute } from "@/lib/auth/route";
import { ValidationFailed } from "@/lib/auth/errors";
import { parseRapportPeriode } from "@/lib/rapportage/periode";
import { leesRapport } from "@/lib/rapportage/queries";
import { rapportCsv } from "@/lib/rapportage/bestand";
import { rapportXlsx } from "@/lib/rapportage/xlsx";

export const dynamic = "force-dynamic";

/** A report as CSV or XLSX (?periode=2025H2&gemeente=0363&formaat=xlsx&extern=ja), an audited export. */
export const GET = secureRoute(
  { permission: "rapportage:read", params: z.object({}), resourceType: "rapportage" },
  async ({ user, request }) => {
    const sp = new URL(request.url).searchParams;
    const p = parseRapportPeriode(sp.get("periode") ?? "");
    if (!p.ok) throw new ValidationFailed({ periode: p.message }, p.message);
    const gemeente = sp.get("gemeente") || null;
    if (gemeente !== null && !/^\d{4}$/.test(gemeente))
      throw new ValidationFailed({ gemeente: "Onbekende gemeente." }, "Onbekende gemeente.");
    const formaat = sp.get("formaat") === "xlsx" ? "xlsx" : "csv";
    const extern = sp.get("extern") === "ja";
    const r = await leesRapport(user, p.periode, gemeente, { export: formaat });
    const naam = `rapportage-${p.periode.code.replace("..", "_")}${gemeente ? `-${gemeente}` : ""}.${formaat}`;
    const body = formaat === "xlsx" ? new Uint8Array(await rapportXlsx(r, extern)) : rapportCsv(r, extern);
    return new Response(body, {
      headers: {
        "Content-Type":
          formaat === "xlsx"
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${naam}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
