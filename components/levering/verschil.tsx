import type { DiffResult, DiffEntry } from "@/lib/export/read/diff";

const SHOWN = 100;
const List = ({ title, items }: { title: string; items: DiffEntry[] }) => (
  <div className="mb-3">
    <h3 className="font-medium">
      {title}: {items.length}
    </h3>
    {items.length > 0 && (
      <ul className="ml-6 list-disc text-sm">
        {items.slice(0, SHOWN).map((e, i) => (
          <li key={i}>
            Record {e.recordtype}: {Object.values(e.key).join(" · ")}
          </li>
        ))}
        {items.length > SHOWN && <li>… en nog {items.length - SHOWN}</li>}
      </ul>
    )}
  </div>
);

export function Verschil({ verschil, vorige }: { verschil: DiffResult; vorige: string }) {
  return (
    <section aria-labelledby="verschil" className="mb-8">
      <h2 id="verschil" className="mb-2 text-xl font-semibold">
        Verschil met vorige levering ({vorige})
      </h2>
      <List title="Toegevoegd" items={verschil.added} />
      <List title="Verwijderd" items={verschil.removed} />
      <List title="Gewijzigd" items={verschil.changed} />
      <p className="text-sm text-slate-700">Ongewijzigd: {verschil.unchanged.toLocaleString("nl-NL")} records.</p>
    </section>
  );
}
