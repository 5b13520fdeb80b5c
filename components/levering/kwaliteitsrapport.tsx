import Link from "next/link";
import type { Violation } from "@/lib/export/checks/violation";
import { fixLinkOf } from "@/lib/levering/fix-link";

const SHOWN = 200;

export function Kwaliteitsrapport({ violations }: { violations: Violation[] }) {
  const perRule = new Map<string, { severity: string; n: number }>();
  for (const v of violations) perRule.set(v.rule, { severity: v.severity, n: (perRule.get(v.rule)?.n ?? 0) + 1 });
  const sorted = [...violations].sort((a, b) =>
    a.severity === b.severity ? a.lineNumber - b.lineNumber : a.severity === "F" ? -1 : 1,
  );
  return (
    <section aria-labelledby="kwaliteit" className="mb-8">
      <h2 id="kwaliteit" className="mb-2 text-xl font-semibold">
        Kwaliteitsrapport
      </h2>
      {violations.length === 0 ? (
        <p>Geen fouten en geen waarschuwingen.</p>
      ) : (
        <>
          <ul className="mb-3 flex flex-wrap gap-3">
            {[...perRule].sort().map(([rule, x]) => (
              <li key={rule} className="rounded border px-2 py-1">
                {rule} ({x.severity === "F" ? "fout" : "waarschuwing"}): {x.n}
              </li>
            ))}
          </ul>
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="mb-1 text-left text-slate-700">
              {violations.length > SHOWN
                ? `De eerste ${SHOWN} van ${violations.length} bevindingen, fouten eerst.`
                : `${violations.length} bevindingen.`}
            </caption>
            <thead>
              <tr className="border-b">
                {["Regel", "Ernst", "Record", "Regelnummer", "Veld", "Melding", "Herstellen"].map((h) => (
                  <th key={h} scope="col" className="p-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.slice(0, SHOWN).map((v, i) => {
                const href = fixLinkOf(v.key, v.recordtype);
                return (
                  <tr key={i} className="border-b">
                    <td className="p-2">{v.rule}</td>
                    <td className="p-2">{v.severity === "F" ? "Fout" : "Waarschuwing"}</td>
                    <td className="p-2">
                      {v.recordtype} {Object.values(v.key).join(" ")}
                    </td>
                    <td className="p-2">{v.lineNumber}</td>
                    <td className="p-2">{v.field ?? ""}</td>
                    <td className="p-2">{v.message}</td>
                    <td className="p-2">
                      {href ? (
                        <Link href={href}>{href.endsWith("/corrigeren") ? "Corrigeren" : "Naar het dossier"}</Link>
                      ) : (
                        ""
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
