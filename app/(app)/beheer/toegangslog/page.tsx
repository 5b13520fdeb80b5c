import { requirePage } from "@/lib/auth/guard";
import { listAuditEvents } from "@/lib/beheer/queries";
import { PageTitle } from "@/components/page-title";

const fmt = new Intl.DateTimeFormat("nl-NL", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Amsterdam" });

export default async function Toegangslog() {
  const user = await requirePage("audit:read");
  const events = await listAuditEvents(user);
  return (
    <>
      <PageTitle
        title="Toegangslog"
        intro="De laatste 200 gebeurtenissen (NEN 7513). Het log kan niet worden gewijzigd."
      />
      <table className="w-full border-collapse bg-white text-left text-sm">
        <thead>
          <tr className="border-b">
            {["Tijd", "Gebruiker", "Rol", "Actie", "Gegeven", "Casus", "Uitkomst", "Adres"].map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={String(e.id)} className="border-b">
              <td className="p-2">{fmt.format(e.at)}</td>
              <td className="p-2">{e.username ?? "—"}</td>
              <td className="p-2">{e.role ?? "—"}</td>
              <td className="p-2">{e.action}</td>
              <td className="p-2">
                {e.entityType}
                {e.entityId ? ` ${e.entityId}` : ""}
              </td>
              <td className="p-2">{e.casusId ?? ""}</td>
              <td className="p-2">{e.outcome}</td>
              <td className="p-2">{e.clientAddress ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
