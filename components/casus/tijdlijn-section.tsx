import type { TijdlijnItem } from "@/lib/casus/overview-types";
import { momentNl } from "@/components/format-datum";
import { EmptyLine, Section } from "@/components/ui/section";

/** "Wie deed wat": who recorded or changed what, from the access log. No case content. */
export function TijdlijnSection({ items }: { items: TijdlijnItem[] }) {
  return (
    <Section id="wie-deed-wat" title="Wie deed wat" count={items.length}>
      {items.length === 0 ? (
        <EmptyLine>Er zijn in deze applicatie nog geen wijzigingen aan deze casus vastgelegd.</EmptyLine>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Vastleggingen en wijzigingen in deze casus, oudste eerst</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {["Wanneer", "Wie", "Wat"].map((h) => (
                  <th key={h} scope="col" className="p-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} className="border-b border-slate-200">
                  <td className="whitespace-nowrap p-2">{momentNl(i.at)}</td>
                  <td className="p-2">{i.wie}</td>
                  <td className="p-2">{i.wat}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
