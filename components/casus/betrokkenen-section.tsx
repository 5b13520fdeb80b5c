import { labelOf } from "@/lib/domain/codes";
import { describeGeboortedatum } from "@/lib/domain/geboortedatum";
import { bsnLabel, ROL_LABELS } from "@/lib/casus/labels";
import type { BetrokkeneView } from "@/lib/casus/overview-types";
import Link from "next/link";
import { Section } from "@/components/ui/section";

export function BetrokkenenSection({
  betrokkenen,
  casusnummer,
  magCorrigeren = false,
  magToevoegen = false,
}: {
  betrokkenen: BetrokkeneView[];
  casusnummer?: string;
  magCorrigeren?: boolean;
  magToevoegen?: boolean;
}) {
  const kolommen = [
    "Nr.",
    "Naam",
    "Rol",
    "BSN",
    "Geboortedatum",
    "Geslacht",
    "Adres",
    ...(magCorrigeren ? ["Correctie"] : []),
  ];
  return (
    <Section
      id="betrokkenen"
      title="Betrokkenen"
      count={betrokkenen.length}
      actions={
        magToevoegen && (
          <Link href={`/casussen/${casusnummer}/betrokkenen/nieuw`} className="underline">
            Betrokkene toevoegen
          </Link>
        )
      }
    >
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Directbetrokkenen van de casus</caption>
          <thead>
            <tr className="border-b border-slate-400">
              {kolommen.map((h) => (
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
                  <Link href={`/casussen/${casusnummer}/betrokkenen/${b.persoonsvolgnummer}`}>
                    {b.naam}
                    <span className="sr-only"> (persoonsoverzicht)</span>
                  </Link>
                </th>
                <td className="p-2">{ROL_LABELS[b.rol]}</td>
                <td className="p-2 tabular-nums">{bsnLabel(b.bsn)}</td>
                <td className="p-2">{describeGeboortedatum(b.geboortedatum ?? "00000000")}</td>
                <td className="p-2">{labelOf("K", b.geslacht)}</td>
                <td className="p-2">
                  {b.adres ?? "onbekend"}
                  {b.geheimAdres && (
                    <strong className="ml-2 rounded bg-amber-100 px-1 text-sm text-amber-900">geheim adres</strong>
                  )}
                </td>
                {magCorrigeren && (
                  <td className="p-2">
                    <Link href={`/casussen/${casusnummer}/betrokkenen/${b.persoonsvolgnummer}/corrigeren`}>
                      Corrigeren<span className="sr-only"> {b.naam}</span>
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
