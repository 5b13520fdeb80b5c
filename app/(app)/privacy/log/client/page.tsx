import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { PageTitle } from "@/components/page-title";
import { buttonClass, inputClass } from "@/components/forms/field";
import { LogFilters, LogMeldingen, LogTabel } from "@/components/privacy/log-tabel";
import { parseLogFilter } from "@/lib/privacy/log-params";
import { getClientLog } from "@/lib/privacy/log";
import { parseClientZoek, zoekClient, MAX_TREFFERS } from "@/lib/privacy/client-zoeken";
import { ROL_LABELS, type BetrokkeneRol } from "@/lib/betrokkene/schema";
import type { Zoekparams } from "@/lib/lijst/params";

const PAD = "/privacy/log/client";
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function LogPerClient({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("audit:read");
  const sp = await searchParams;
  const q = first(sp.q);
  const casus = first(sp.casus);
  const persoonRaw = first(sp.persoon);
  const persoon = persoonRaw && /^\d{1,6}$/.test(persoonRaw) ? Number(persoonRaw) : undefined;
  const zoek = parseClientZoek(q);
  const treffers = zoek && !("fout" in zoek) ? await zoekClient(user, zoek) : null;
  const f = parseLogFilter(sp);
  const log = casus ? await getClientLog(user, { casusnummer: casus, persoon }, f) : null;
  const vast: Record<string, string> = casus ? { casus, ...(persoon ? { persoon: String(persoon) } : {}) } : {};
  return (
    <>
      <PageTitle
        title="Log per cliënt"
        intro="Wie heeft het dossier van een cliënt ingezien of gewijzigd (NEN 7513). Zoeken en inzien worden zelf ook vastgelegd."
      />
      <form method="get" action={PAD} role="search" aria-label="Cliënt zoeken" className="mb-4 flex items-end gap-3">
        <div className="flex flex-col">
          <label htmlFor="client-q" className="mb-1 text-sm font-medium">
            Casusnummer, BSN of achternaam
          </label>
          <input id="client-q" name="q" defaultValue={q ?? ""} maxLength={120} className={`${inputClass} w-80`} />
        </div>
        <button type="submit" className={buttonClass}>
          Zoeken
        </button>
      </form>
      {zoek && "fout" in zoek && (
        <p role="alert" className="mb-4 text-red-800">
          {zoek.fout}
        </p>
      )}
      {treffers && (
        <section aria-labelledby="treffers-kop" className="mb-6">
          <h2 id="treffers-kop" className="mb-2 text-lg font-semibold">
            Gevonden ({treffers.length}
            {treffers.length === MAX_TREFFERS ? " of meer" : ""})
          </h2>
          {treffers.length === 0 ? (
            <p>Niemand gevonden.</p>
          ) : (
            <table className="w-full border-collapse bg-white text-left text-sm">
              <thead>
                <tr className="border-b">
                  {["Naam", "Geboortedatum", "Rol", "Casus", "Log"].map((h) => (
                    <th key={h} scope="col" className="p-2">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {treffers.map((t) => (
                  <tr key={`${t.casusnummer}-${t.volgnummer}`} className="border-b">
                    <td className="p-2">{t.naam}</td>
                    <td className="p-2">{t.geboortedatum ?? "onbekend"}</td>
                    <td className="p-2">{ROL_LABELS[t.rol as BetrokkeneRol] ?? t.rol}</td>
                    <td className="p-2">{t.casusnummer}</td>
                    <td className="p-2">
                      <Link href={`${PAD}?casus=${t.casusnummer}&persoon=${t.volgnummer}`}>Log van {t.naam}</Link>
                      {" · "}
                      <Link href={`${PAD}?casus=${t.casusnummer}`}>Log van casus {t.casusnummer}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      {casus && !log && (
        <p role="alert" className="text-red-800">
          Casus {casus.slice(0, 20)}
          {persoon ? ` met persoon ${persoon}` : ""} bestaat niet.
        </p>
      )}
      {log && (
        <section aria-labelledby="log-kop">
          <h2 id="log-kop" className="mb-2 text-lg font-semibold">
            {log.persoon ? `${log.persoon.naam} in casus ${log.casusnummer}` : `Casus ${log.casusnummer}`}
          </h2>
          <LogMeldingen meldingen={f.meldingen} />
          <LogFilters pad={PAD} vast={vast} f={f} />
          <LogTabel pad={PAD} vast={vast} f={f} log={log} toonCasus={false} />
        </section>
      )}
    </>
  );
}
