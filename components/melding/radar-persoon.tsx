// One person found by the radar: who it is and their history with Veilig Thuis.
import { labelOf } from "@/lib/domain/codes";
import type { RadarPersoon } from "@/lib/betrokkene/radar";
import { ROL_LABELS } from "@/lib/betrokkene/schema";
import { datumNl } from "@/components/format-datum";

export function RadarPersoonView({ p, headingId }: { p: RadarPersoon; headingId: string }) {
  const open = p.openCasussen[0];
  return (
    <div>
      <h4 id={headingId} className="font-semibold">
        {p.naam}
      </h4>
      <p className="text-sm">
        BSN {p.bsn ?? "onbekend"} · geboren {p.geboortedatumTekst} · {labelOf("K", p.geslacht)} · laatst als{" "}
        {ROL_LABELS[p.rol].toLowerCase()}
        {p.adres ? ` · ${p.adres}` : ""}
      </p>
      <p className="mt-2 font-medium" data-testid="radar-status">
        {open
          ? `Open casus ${open.nummer} (sinds ${datumNl(open.begindatum)}): een melding wordt een vervolgmelding in die casus.`
          : "Geen open casus: alle casussen zijn gesloten. Een melding opent een nieuwe casus (hermelding)."}
      </p>
      <table className="mt-2 w-full border-collapse text-left text-sm">
        <caption className="sr-only">Casussen van {p.naam}</caption>
        <thead>
          <tr className="border-b">
            {["Casus", "Begindatum", "Einddatum", "Status", "Meldingen"].map((h) => (
              <th key={h} scope="col" className="py-1 pr-3">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.casussen.map((c) => (
            <tr key={c.nummer} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-3 font-normal">
                {c.nummer}
                {c.hermelding ? " (hermelding)" : ""}
              </th>
              <td className="py-1 pr-3">{datumNl(c.begindatum)}</td>
              <td className="py-1 pr-3">{c.einddatum ? datumNl(c.einddatum) : "—"}</td>
              <td className="py-1 pr-3">{c.open ? "Open" : "Gesloten"}</td>
              <td className="py-1 pr-3">{c.aantalMeldingen}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm">
        <span className="font-medium">Laatste veiligheidsbeoordeling: </span>
        {p.laatsteBeoordeling
          ? `${datumNl(p.laatsteBeoordeling.datum)} (casus ${p.laatsteBeoordeling.casusNummer}) — taxatie: ${labelOf("G", p.laatsteBeoordeling.taxatie)}; ` +
            `inhoud: ${labelOf("F", p.laatsteBeoordeling.inhoud)}${p.laatsteBeoordeling.vastgesteld ? "" : " (nog niet vastgesteld)"}`
          : "geen"}
      </p>
    </div>
  );
}
