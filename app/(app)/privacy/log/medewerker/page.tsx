import { requirePage } from "@/lib/auth/guard";
import { PageTitle } from "@/components/page-title";
import { buttonClass, inputClass } from "@/components/forms/field";
import { LogFilters, LogMeldingen, LogTabel } from "@/components/privacy/log-tabel";
import { parseLogFilter } from "@/lib/privacy/log-params";
import { getMedewerkerLog, listMedewerkers } from "@/lib/privacy/log";
import type { Zoekparams } from "@/lib/lijst/params";

const PAD = "/privacy/log/medewerker";
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function LogPerMedewerker({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("audit:read");
  const sp = await searchParams;
  const wie = first(sp.medewerker);
  const f = parseLogFilter(sp);
  const medewerkers = await listMedewerkers(user);
  const log = wie ? await getMedewerkerLog(user, wie, f) : null;
  return (
    <>
      <PageTitle
        title="Log per medewerker"
        intro="Alles wat één medewerker heeft ingezien of gewijzigd in een periode (NEN 7513). Inzien wordt zelf ook vastgelegd."
      />
      <form method="get" action={PAD} aria-label="Medewerker kiezen" className="mb-4 flex items-end gap-3">
        <div className="flex flex-col">
          <label htmlFor="medewerker" className="mb-1 text-sm font-medium">
            Medewerker
          </label>
          <select id="medewerker" name="medewerker" defaultValue={wie ?? ""} className={`${inputClass} w-auto`}>
            <option value="">Kies een medewerker</option>
            {medewerkers.map((m) => (
              <option key={m.username} value={m.username}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass}>
          Toon log
        </button>
      </form>
      {wie && !log && (
        <p role="alert" className="text-red-800">
          Medewerker {wie.slice(0, 64)} bestaat niet.
        </p>
      )}
      {log && wie && (
        <section aria-labelledby="log-kop">
          <h2 id="log-kop" className="mb-2 text-lg font-semibold">
            {log.medewerker.naam} ({log.medewerker.rol})
          </h2>
          <LogMeldingen meldingen={f.meldingen} />
          <LogFilters pad={PAD} vast={{ medewerker: wie }} f={f} />
          <LogTabel pad={PAD} vast={{ medewerker: wie }} f={f} log={log} toonCasus />
        </section>
      )}
    </>
  );
}
