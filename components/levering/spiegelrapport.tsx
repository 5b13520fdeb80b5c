import type { RecordStats } from "@/lib/export/reports/mirror-report";

export function Spiegelrapport({ mirror }: { mirror: RecordStats[] }) {
  return (
    <section aria-labelledby="spiegel" className="mb-8">
      <h2 id="spiegel" className="mb-2 text-xl font-semibold">
        Spiegelrapport
      </h2>
      {mirror
        .filter((r) => r.recordtype !== "01" && r.recordtype !== "99")
        .map((r) => (
          <details key={r.recordtype} className="mb-2 rounded border border-slate-300 bg-white p-2">
            <summary className="cursor-pointer font-medium">
              Record {r.recordtype} — {r.naam}: {r.records.toLocaleString("nl-NL")} records
            </summary>
            <table className="mt-2 w-full border-collapse text-left text-sm">
              <thead>
                <tr className="border-b">
                  {["Veld", "Gevuld", "Onbekend", "Verdeling over de codes"].map((h) => (
                    <th key={h} scope="col" className="p-1">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.fields.map((f) => (
                  <tr key={f.field} className="border-b">
                    <td className="p-1">{f.field}</td>
                    <td className="p-1">{f.filled.toLocaleString("nl-NL")}</td>
                    <td className="p-1">{f.onbekend.toLocaleString("nl-NL")}</td>
                    <td className="p-1">
                      {f.distribution
                        ? Object.entries(f.distribution)
                            .sort()
                            .map(([c, n]) => `${c}: ${n}`)
                            .join(" · ")
                        : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))}
    </section>
  );
}
