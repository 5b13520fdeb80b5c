// The report's fixed tables: the kerncijfers (as delivered to CBS), the counts per gemeente and the doorlooptijden.
import { KERNCIJFER_KEYS, KERNCIJFER_LABELS } from "@/lib/export/reports/kerncijfers";
import { klein, type Rapport } from "@/lib/rapportage/rapport";

const th = "border-b p-2";
const num = "border-b p-2 text-right";

export function KerncijferTabel({ r }: { r: Rapport }) {
  return (
    <section aria-labelledby="t-kerncijfers" className="mb-8">
      <h3 id="t-kerncijfers" className="text-lg font-semibold">
        Kerncijfers (hele organisatie)
      </h3>
      <p className="mb-2 text-sm text-slate-700">Zoals in de aanlevering aan het CBS over dezelfde periode.</p>
      <table className="w-full max-w-3xl border-collapse bg-white text-left text-sm">
        <caption className="sr-only">
          Kerncijfers {r.periode.label} en {r.vorige.label}
        </caption>
        <thead>
          <tr>
            <th className={th}>Kerncijfer</th>
            <th className={`${th} text-right`}>{r.periode.label}</th>
            <th className={`${th} text-right`}>{r.vorige.label}</th>
          </tr>
        </thead>
        <tbody>
          {KERNCIJFER_KEYS.map((k) => (
            <tr key={k}>
              <th scope="row" className={`${th} font-normal`}>
                {KERNCIJFER_LABELS[k]}
              </th>
              <td className={num}>{r.totalen[k]}</td>
              <td className={num}>{r.totalenVorige[k]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export const GEMEENTE_KOLOMMEN = [
  ["adviezen", "Adviezen"],
  ["meldingen", "Meldingen"],
  ["casussen_gestart", "Casussen gestart"],
  ["onderzoeken_gestart", "Onderzoeken gestart"],
  ["vv_gestart", "V&V gestart"],
  ["overdrachten", "Overdrachten (personen)"],
  ["monitoring", "Gezinnen in monitoring"],
] as const;

export function GemeenteTabel({ r, extern }: { r: Rapport; extern: boolean }) {
  return (
    <section aria-labelledby="t-gemeente" className="mb-8">
      <h3 id="t-gemeente" className="text-lg font-semibold">
        Per gemeente
      </h3>
      <p className="mb-2 text-sm text-slate-700">
        Adviezen naar de gemeente van het advies, de rest naar de gemeente van de casus; {r.periode.label}.
      </p>
      <div className="overflow-x-auto">
        <GemeenteRijen
          rijen={r.per_gemeente}
          extern={extern}
          caption={`Aantallen per gemeente, ${r.periode.label}`}
          captionClassName="sr-only"
          metCode
        />
      </div>
    </section>
  );
}

/** The counts per gemeente as a table: in the report (with the codes) and in the Gemeentebrief. */
export function GemeenteRijen(props: {
  rijen: Rapport["per_gemeente"];
  extern: boolean;
  caption: string;
  captionClassName: string;
  metCode?: boolean;
}) {
  return (
    <table className="w-full border-collapse bg-white text-left text-sm">
      <caption className={props.captionClassName}>{props.caption}</caption>
      <thead>
        <tr>
          <th className={th}>Gemeente</th>
          {GEMEENTE_KOLOMMEN.map(([k, label]) => (
            <th key={k} className={`${th} text-right`}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rijen.map((g) => (
          <tr key={g.gemeentecode}>
            <th scope="row" className={`${th} font-normal`}>
              {g.gemeentenaam}
              {props.metCode && ` (${g.gemeentecode})`}
            </th>
            {GEMEENTE_KOLOMMEN.map(([k]) => (
              <td key={k} className={num}>
                {klein(g[k], props.extern)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const DOORLOOP = [
  ["beoordeling", "Melding tot definitieve veiligheidsbeoordeling"],
  ["onderzoek", "Onderzoek (start tot afsluiting)"],
  ["vv", "Voorwaarden en Vervolg (start tot afsluiting)"],
] as const;
const dagen = (x: number | null) => (x === null ? "—" : `${String(x).replace(".", ",")} d`);

export function DoorlooptijdTabel({ r }: { r: Rapport }) {
  return (
    <section aria-labelledby="t-doorloop" className="mb-8">
      <h3 id="t-doorloop" className="text-lg font-semibold">
        Doorlooptijden
      </h3>
      <p className="mb-2 text-sm text-slate-700">In kalenderdagen: mediaan en 90e percentiel, met het aantal.</p>
      <table className="w-full max-w-4xl border-collapse bg-white text-left text-sm">
        <caption className="sr-only">
          Doorlooptijden {r.periode.label} en {r.vorige.label}
        </caption>
        <thead>
          <tr>
            <th className={th}>Doorlooptijd</th>
            <th className={`${th} text-right`}>Mediaan {r.periode.label}</th>
            <th className={`${th} text-right`}>90e percentiel</th>
            <th className={`${th} text-right`}>Aantal</th>
            <th className={`${th} text-right`}>Mediaan {r.vorige.label}</th>
            <th className={`${th} text-right`}>90e percentiel</th>
          </tr>
        </thead>
        <tbody>
          {DOORLOOP.map(([k, label]) => (
            <tr key={k}>
              <th scope="row" className={`${th} font-normal`}>
                {label}
              </th>
              <td className={num}>{dagen(r.doorlooptijden.huidig[k].mediaan)}</td>
              <td className={num}>{dagen(r.doorlooptijden.huidig[k].p90)}</td>
              <td className={num}>{r.doorlooptijden.huidig[k].aantal}</td>
              <td className={num}>{dagen(r.doorlooptijden.vorige[k].mediaan)}</td>
              <td className={num}>{dagen(r.doorlooptijden.vorige[k].p90)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
