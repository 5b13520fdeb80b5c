// The access log as a table with its filters (a plain GET form), the keyset "next page" link and the CSV download.
import Link from "next/link";
import { buttonClass, inputClass } from "@/components/forms/field";
import { ACTIE_LABELS, UITKOMST_LABELS } from "@/lib/privacy/labels";
import { logFilterParams, type LogFilter } from "@/lib/privacy/log-params";
import type { LogPagina } from "@/lib/privacy/log";

const fmt = new Intl.DateTimeFormat("nl-NL", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Amsterdam" });

/** `vast`: the parameters that say whose log this is (casus, persoon or medewerker), kept in every link. */
export function LogFilters({ pad, vast, f }: { pad: string; vast: Record<string, string>; f: LogFilter }) {
  return (
    <form method="get" action={pad} aria-label="Filters van het log" className="mb-3 flex flex-wrap items-end gap-3">
      {Object.entries(vast).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Veld id="log-van" label="Vanaf">
        <input id="log-van" type="date" name="van" defaultValue={f.van} className={`${inputClass} w-auto`} />
      </Veld>
      <Veld id="log-tot" label="Tot en met">
        <input id="log-tot" type="date" name="tot" defaultValue={f.tot} className={`${inputClass} w-auto`} />
      </Veld>
      <Veld id="log-actie" label="Actie">
        <select id="log-actie" name="actie" defaultValue={f.actie} className={`${inputClass} w-auto`}>
          <option value="">Alle</option>
          {Object.entries(ACTIE_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </Veld>
      <Veld id="log-uitkomst" label="Uitkomst">
        <select id="log-uitkomst" name="uitkomst" defaultValue={f.uitkomst} className={`${inputClass} w-auto`}>
          <option value="">Alle</option>
          {Object.entries(UITKOMST_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </Veld>
      <label className="flex items-center gap-2 pb-2">
        <input type="checkbox" name="nood" value="ja" defaultChecked={f.nood} /> Alleen noodtoegang
      </label>
      <button type="submit" className={buttonClass}>
        Toon
      </button>
    </form>
  );
}

function Veld({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="mb-1 text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

export function LogMeldingen({ meldingen }: { meldingen: string[] }) {
  if (meldingen.length === 0) return null;
  return (
    <div role="status" className="mb-3 rounded border border-amber-400 bg-amber-50 p-3">
      {meldingen.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

export function LogTabel({
  pad,
  vast,
  f,
  log,
  toonCasus,
}: {
  pad: string;
  vast: Record<string, string>;
  f: LogFilter;
  log: LogPagina;
  toonCasus: boolean;
}) {
  const params = { ...vast, ...logFilterParams(f) };
  const csv = `/api/toegangslog?${new URLSearchParams(params)}`;
  const volgende = log.volgende ? `${pad}?${new URLSearchParams({ ...params, na: log.volgende })}` : null;
  return (
    <>
      <p className="mb-2 flex flex-wrap gap-4">
        <a href={csv} download>
          Downloaden als CSV
        </a>
        <span className="text-sm text-slate-600">De download wordt vastgelegd als export.</span>
      </p>
      {log.rijen.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-6">
          Geen gebeurtenissen in deze periode met deze filters.
        </p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Toegangslog, nieuwste eerst</caption>
          <thead>
            <tr className="border-b">
              {[
                "Tijd",
                "Medewerker",
                "Rol",
                "Actie",
                "Onderdeel",
                ...(toonCasus ? ["Casus"] : []),
                "Uitkomst",
                "Noodtoegang",
                "Adres",
              ].map((h) => (
                <th key={h} scope="col" className="p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {log.rijen.map((r) => (
              <tr key={r.cursor} className={`border-b ${r.noodtoegang ? "bg-red-50" : ""}`}>
                <td className="p-2 whitespace-nowrap">{fmt.format(new Date(r.op))}</td>
                <td className="p-2">{r.medewerker}</td>
                <td className="p-2">{r.rol}</td>
                <td className="p-2">{r.actie}</td>
                <td className="p-2">{r.onderdeel}</td>
                {toonCasus && <td className="p-2">{r.casusnummer ?? ""}</td>}
                <td className="p-2">{r.uitkomst}</td>
                <td className="p-2">{r.noodtoegang ? <strong>Ja</strong> : ""}</td>
                <td className="p-2">{r.adres ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label="Pagina's van het log" className="mt-3 flex gap-4">
        {f.na && <Link href={`${pad}?${new URLSearchParams(params)}`}>Nieuwste</Link>}
        {volgende && <Link href={volgende}>Oudere gebeurtenissen</Link>}
      </nav>
    </>
  );
}
