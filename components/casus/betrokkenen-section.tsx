import { labelOf } from "@/lib/domain/codes";
import { describeGeboortedatum } from "@/lib/domain/geboortedatum";
import { bsnLabel, ROL_LABELS } from "@/lib/casus/labels";
import type { BetrokkeneView } from "@/lib/casus/overview-types";
import { Section } from "@/components/ui/section";

export function BetrokkenenSection({ betrokkenen }: { betrokkenen: BetrokkeneView[] }) {
  return (
    <Section id="betrokkenen" title="Betrokkenen" count={betrokkenen.length}>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Directbetrokkenen van de casus</caption>
          <thead>
            <tr className="border-b border-slate-400">
              {["Nr.", "Naam", "Rol", "BSN", "Geboortedatum", "Geslacht", "Adres"].map((h) => (
                <th key={h} scope="col" className="p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {betrokkenen.map((b) => (
              <tr key={b.id} className="border-b border-slate-200">
                <td className="p-2">{b.persoonsvolgnummer}</td>
                <th scope="row" className="p-2 font-medium">
                  {b.naam}
                </th>
                <td className="p-2">{ROL_LABELS[b.rol]}</td>
                <td className="p-2 tabular-nums">{bsnLabel(b.bsn)}</td>
                <td className="p-2">{describeGeboortedatum(b.geboortedatum ?? "00000000")}</td>
                <td className="p-2">{labelOf("K", b.geslacht)}</td>
                <td className="p-2">{b.adres ?? "onbekend"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
