// Mijn adviezen: open and closed, each opening the advies.
import Link from "next/link";
import { labelOf } from "@/lib/domain/codes";
import type { AdviesRij } from "@/lib/advies/lijst";
import { EmptyState } from "@/components/page-title";
import { datumNl } from "@/components/format-datum";
import { codeLabels } from "@/components/ui/labels";

const th = "p-2 text-left";

export function AdviezenLijstTabel({ rijen, metBehandelaar }: { rijen: AdviesRij[]; metBehandelaar: boolean }) {
  if (rijen.length === 0) return <EmptyState>Geen adviezen.</EmptyState>;
  const koppen = ["Advies", "Startdatum", "Status", "Adviesvrager", "Aard", ...(metBehandelaar ? ["Behandelaar"] : [])];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white">
        <caption className="sr-only">Adviezen, open en afgesloten</caption>
        <thead>
          <tr className="border-b">
            {koppen.map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((a) => (
            <tr key={a.nummer} className="border-b border-slate-200" data-testid="advies-rij">
              <th scope="row" className={`${th} whitespace-nowrap font-normal`}>
                <Link href={`/adviezen/${a.nummer}`}>{a.nummer}</Link>
              </th>
              <td className="p-2">{datumNl(a.startdatum)}</td>
              <td className="p-2">
                {a.einddatum ? `Afgesloten op ${datumNl(a.einddatum)}` : "Open"}
                {a.melding && ` · omgezet naar ${a.melding}`}
              </td>
              <td className="p-2">{labelOf("D", a.functieRol)}</td>
              <td className="p-2">{codeLabels("A", a.aard)}</td>
              {metBehandelaar && <td className="p-2">{a.behandelaar}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
