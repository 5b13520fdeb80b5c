import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { listLeveringen } from "@/lib/levering/queries";
import { previousPeriodes, periodeLabel, leverDeadline, makePeriode } from "@/lib/domain/periode";
import { formatDatumNl, todayInAmsterdam } from "@/lib/domain/dates";
import { PageTitle, EmptyState } from "@/components/page-title";
import { CorrectieLeveringKnop, MaakLeveringForm } from "@/components/levering/maak-levering-form";

export default async function Leveringen() {
  const user = await requirePage("levering:view");
  const { rows, gewijzigd } = await listLeveringen(user);
  const today = todayInAmsterdam();
  const perioden = previousPeriodes(today, 4);
  const laatste = perioden[0];
  return (
    <>
      <PageTitle
        title="Levering CBS"
        intro="De halfjaarlijkse levering van de beleidsinformatie aan CBS (bestandsdefinitie VTP-1.0)."
      />
      {laatste && (
        <p className="mb-4 rounded border border-amber-700 bg-amber-50 p-3">
          Termijn voor {periodeLabel(laatste)}: uiterlijk <strong>{formatDatumNl(leverDeadline(laatste))}</strong> (3
          weken na het einde van de periode).
        </p>
      )}
      {gewijzigd.map((g) => {
        const periode = makePeriode(g.jaar, g.halfjaar as 1 | 2);
        return (
          <div key={periode.code} role="status" className="mb-4 rounded border border-amber-700 bg-amber-50 p-3">
            <p>
              {periodeLabel(periode)}: {g.aantal} {g.aantal === 1 ? "record gewijzigd" : "records gewijzigd"} na de
              definitieve levering {g.bestandsnaam}. Een correctielevering stuurt CBS de verbeterde gegevens.
            </p>
            <CorrectieLeveringKnop periode={periode.code} label={periodeLabel(periode)} />
          </div>
        );
      })}
      <div className="mb-8">
        <MaakLeveringForm perioden={perioden.map((p) => ({ value: p.code, label: periodeLabel(p) }))} />
      </div>
      <h2 className="mb-2 text-xl font-semibold">Leveringen</h2>
      {rows.length === 0 ? (
        <EmptyState>Er zijn nog geen leveringen.</EmptyState>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b">
              {["Bestand", "Periode", "Soort", "Status", "Records", "Fouten", "Waarschuwingen", "Aangemaakt"].map(
                (h) => (
                  <th key={h} scope="col" className="p-2">
                    {h}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b">
                <td className="p-2">
                  <Link href={`/leveringen/${r.id}`}>{r.bestandsnaam}</Link>
                </td>
                <td className="p-2">{periodeLabel(makePeriode(r.jaar, r.halfjaar as 1 | 2))}</td>
                <td className="p-2">{r.soort === "R" ? "Regulier" : "Correctie"}</td>
                <td className="p-2">
                  {r.status === "DEFINITIEF"
                    ? "Definitief"
                    : r.sha256
                      ? "Concept"
                      : r.bezig
                        ? "Wordt aangemaakt"
                        : "Onvolledig (afgebroken)"}
                </td>
                <td className="p-2">
                  {(r.aantallen as { totaal?: number } | null)?.totaal?.toLocaleString("nl-NL") ?? ""}
                </td>
                <td className="p-2">{r.sha256 ? r.aantalFouten : ""}</td>
                <td className="p-2">{r.sha256 ? r.aantalWaarschuwingen : ""}</td>
                <td className="p-2">{r.aangemaaktOp.toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
