// The voordeur work list: meldingen awaiting a (final) beoordeling and open adviezen.
import Link from "next/link";
import { labelOf } from "@/lib/domain/codes";
import type { WerkvoorraadMelding } from "@/lib/melding/werkvoorraad";
import type { OpenAdvies } from "@/lib/advies/queries";
import { EmptyState } from "@/components/page-title";
import { datumNl } from "@/components/format-datum";
import { codeLabels } from "@/components/ui/labels";
import { TermijnLabel } from "@/components/ui/termijn";

const th = "p-2 text-left";

export function MeldingenTabel({ meldingen }: { meldingen: WerkvoorraadMelding[] }) {
  if (meldingen.length === 0) return <EmptyState>Er wachten geen meldingen op een veiligheidsbeoordeling.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white">
        <caption className="sr-only">
          Meldingen die wachten op een veiligheidsbeoordeling, acute meldingen bovenaan
        </caption>
        <thead>
          <tr className="border-b">
            {[
              "Melding",
              "Casus",
              "Datum melding",
              "Uiterlijk beoordelen",
              "Status",
              "Aard",
              "Betrokkenen",
              "Behandelaar",
            ].map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {meldingen.map((m) => (
            <tr
              key={m.nummer}
              className={`border-b border-slate-200 ${
                m.acuut ? "border-l-4 border-l-red-700 bg-red-50" : m.termijn.status === "verstreken" ? "bg-red-50" : ""
              }`}
              data-testid="werkvoorraad-melding"
              data-acuut={m.acuut || undefined}
            >
              <th scope="row" className={`${th} whitespace-nowrap font-normal`}>
                <Link href={`/meldingen/${m.nummer}`}>{m.nummer}</Link>
                {m.acuut && (
                  <span className="ml-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">Acuut</span>
                )}
              </th>
              <td className="p-2">
                <span className="whitespace-nowrap">{m.casusNummer}</span>
                {m.familie && <span className="block text-sm text-slate-700">{m.familie}</span>}
              </td>
              <td className="p-2">{datumNl(m.datumMelding)}</td>
              <td className="p-2">
                <TermijnLabel termijn={m.termijn} />
              </td>
              <td className="p-2">
                <Link
                  className={
                    m.acuut && m.status === "nog te beoordelen" ? "font-semibold text-red-800 underline" : "underline"
                  }
                  href={`/meldingen/${m.nummer}/beoordeling`}
                >
                  {m.status === "teruggestuurd"
                    ? "Teruggestuurd: aanpassen"
                    : m.status === "wacht op vaststelling"
                      ? "Wacht op vaststelling"
                      : m.acuut
                        ? "Direct beoordelen"
                        : "Nog te beoordelen"}
                </Link>
              </td>
              <td className="p-2">{codeLabels("A", m.aard)}</td>
              <td className="p-2">{m.aantalBetrokkenen}</td>
              <td className="p-2">{m.behandelaar ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AdviezenTabel({ adviezen, metBehandelaar }: { adviezen: OpenAdvies[]; metBehandelaar: boolean }) {
  if (adviezen.length === 0) return <EmptyState>Er zijn geen open adviezen.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white">
        <caption className="sr-only">Open adviezen</caption>
        <thead>
          <tr className="border-b">
            {[
              "Advies",
              "Startdatum",
              "Adviesvrager",
              "Aard",
              "Contacten",
              "Laatste contact",
              ...(metBehandelaar ? ["Behandelaar"] : []),
            ].map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {adviezen.map((a) => (
            <tr key={a.nummer} className="border-b border-slate-200" data-testid="werkvoorraad-advies">
              <th scope="row" className={`${th} whitespace-nowrap font-normal`}>
                <Link href={`/adviezen/${a.nummer}`}>{a.nummer}</Link>
              </th>
              <td className="p-2">{datumNl(a.startdatum)}</td>
              <td className="p-2">{labelOf("D", a.functieRol)}</td>
              <td className="p-2">{codeLabels("A", a.aard)}</td>
              <td className="p-2">{a.aantalContacten}</td>
              <td className="p-2">{a.laatsteContact ? datumNl(a.laatsteContact) : "—"}</td>
              {metBehandelaar && <td className="p-2">{a.behandelaar}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
