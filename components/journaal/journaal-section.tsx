// The journaal in the casus page: newest first, filters by soort, betrokkene and important events; concepts
// (the user's own) can be opened, vastgelegd or removed; under every vastgelegde regel its aanvullingen.
import Link from "next/link";
import { JOURNAAL_PAGINA, type JournaalFilter, type JournaalRegelView } from "@/lib/journaal/queries";
import { JOURNAAL_SOORTEN } from "@/lib/journaal/soorten";
import { formatDatumTijdNl } from "@/lib/domain/datum-tijd";
import { EmptyLine, Section } from "@/components/ui/section";
import { inputClass } from "@/components/forms/field";
import { AanvullingForm, ConceptVastleggen } from "./concept-acties";
import { Disclosure } from "@/components/casus/disclosure";

const linkButton = "inline-block rounded bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900";

export function JournaalSection({
  casusnummer,
  regels,
  totaal,
  magSchrijven,
  filter,
  betrokkenen,
}: {
  casusnummer: string;
  regels: JournaalRegelView[];
  totaal: number;
  magSchrijven: boolean;
  filter: JournaalFilter;
  betrokkenen: { id: number; naam: string }[];
}) {
  const gefilterd = !!(filter.soort || filter.betrokkene || filter.belangrijk);
  return (
    <Section
      id="journaal"
      title="Journaal"
      count={totaal}
      actions={
        <div className="flex flex-wrap gap-3">
          <Link href={`/casussen/${casusnummer}/chronologie`} className="underline">
            Chronologie
          </Link>
          {magSchrijven && (
            <Link href={`/casussen/${casusnummer}/journaal/nieuw`} className={linkButton}>
              Journaalregel toevoegen
            </Link>
          )}
        </div>
      }
    >
      <form method="get" action={`/casussen/${casusnummer}#journaal`} className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="filter-soort" className="block text-sm font-medium">
            Soort
          </label>
          <select id="filter-soort" name="soort" defaultValue={filter.soort ?? ""} className={inputClass}>
            <option value="">alle soorten</option>
            {Object.entries(JOURNAAL_SOORTEN).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-betrokkene" className="block text-sm font-medium">
            Betrokkene
          </label>
          <select
            id="filter-betrokkene"
            name="betrokkene"
            defaultValue={filter.betrokkene ? String(filter.betrokkene) : ""}
            className={inputClass}
          >
            <option value="">alle betrokkenen</option>
            {betrokkenen.map((b) => (
              <option key={b.id} value={String(b.id)}>
                {b.naam}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" name="belangrijk" value="1" defaultChecked={!!filter.belangrijk} />
          <span>Alleen belangrijke gebeurtenissen</span>
        </label>
        <button type="submit" className="rounded border border-slate-500 px-3 py-2">
          Filteren
        </button>
        {gefilterd && (
          <Link href={`/casussen/${casusnummer}#journaal`} className="pb-2 underline">
            Filters wissen
          </Link>
        )}
      </form>
      {regels.length === 0 && (
        <EmptyLine>
          {gefilterd ? "Geen journaalregels met deze filters." : "Er zijn nog geen journaalregels."}
        </EmptyLine>
      )}
      <ol className="space-y-4">
        {regels.map((r) => (
          <li key={r.id}>
            <JournaalRegel casusnummer={casusnummer} r={r} magSchrijven={magSchrijven} />
          </li>
        ))}
      </ol>
      <Paginering casusnummer={casusnummer} filter={filter} totaal={totaal} />
    </Section>
  );
}

function JournaalRegel({
  casusnummer,
  r,
  magSchrijven,
}: {
  casusnummer: string;
  r: JournaalRegelView;
  magSchrijven: boolean;
}) {
  const titelId = `journaalregel-${r.id}`;
  const metWie = [...r.betrokkenen.map((b) => b.naam), r.metWie].filter(Boolean).join(", ");
  return (
    <article
      aria-labelledby={titelId}
      className={`rounded border bg-white p-4 ${r.vastgelegdOp ? "border-slate-300" : "border-dashed border-amber-700"}`}
    >
      <h3 id={titelId} className="font-semibold">
        {formatDatumTijdNl(new Date(r.datumTijd))} — {JOURNAAL_SOORTEN[r.soort]}
        {r.belangrijk && <span className="ml-2 rounded bg-red-100 px-2 text-sm text-red-900">Belangrijk</span>}
        {!r.vastgelegdOp && <span className="ml-2 rounded bg-amber-100 px-2 text-sm text-amber-900">Concept</span>}
      </h3>
      <p className="text-sm text-slate-700">
        {metWie ? `Met ${metWie}. ` : ""}
        {r.hoortBij ? `Hoort bij ${r.hoortBij}. ` : ""}
        {r.vastgelegdOp
          ? `Vastgelegd door ${r.auteur} op ${formatDatumTijdNl(new Date(r.vastgelegdOp))}.`
          : "Alleen u ziet dit concept."}
      </p>
      <p className="mt-2 whitespace-pre-wrap">{r.verslag}</p>
      {r.aanvullingen.length > 0 && (
        <ul aria-label="Aanvullingen" className="mt-3 space-y-2 border-l-4 border-slate-300 pl-3">
          {r.aanvullingen.map((a) => (
            <li key={a.id}>
              <p className="text-sm text-slate-700">
                Aanvulling van {a.auteur}, {formatDatumTijdNl(new Date(a.at))}
              </p>
              <p className="whitespace-pre-wrap">{a.tekst}</p>
            </li>
          ))}
        </ul>
      )}
      {!r.vastgelegdOp && r.eigen && (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Link href={`/casussen/${casusnummer}/journaal/${r.id}`} className="underline">
            Concept bewerken
          </Link>
          <ConceptVastleggen id={r.id} version={r.version} />
        </div>
      )}
      {r.vastgelegdOp && magSchrijven && (
        <Disclosure summary="Aanvulling toevoegen">
          <AanvullingForm regelId={r.id} />
        </Disclosure>
      )}
    </article>
  );
}

/** Pages of the journaal (newest first), keeping the filters. */
function Paginering({ casusnummer, filter, totaal }: { casusnummer: string; filter: JournaalFilter; totaal: number }) {
  const paginas = Math.ceil(totaal / JOURNAAL_PAGINA);
  const huidig = Math.min(filter.pagina ?? 1, Math.max(paginas, 1));
  if (paginas <= 1) return null;
  const href = (pagina: number) => {
    const q = new URLSearchParams();
    if (filter.soort) q.set("soort", filter.soort);
    if (filter.betrokkene) q.set("betrokkene", String(filter.betrokkene));
    if (filter.belangrijk) q.set("belangrijk", "1");
    if (pagina > 1) q.set("pagina", String(pagina));
    const qs = q.toString();
    return `/casussen/${casusnummer}${qs ? `?${qs}` : ""}#journaal`;
  };
  const van = (huidig - 1) * JOURNAAL_PAGINA + 1;
  const tot = Math.min(huidig * JOURNAAL_PAGINA, totaal);
  return (
    <nav aria-label="Pagina's van het journaal" className="mt-4 flex flex-wrap items-center gap-4">
      <span>
        Regel {van}–{tot} van {totaal}
      </span>
      {huidig > 1 && <Link href={href(huidig - 1)}>Nieuwere regels</Link>}
      {huidig < paginas && <Link href={href(huidig + 1)}>Oudere regels</Link>}
    </nav>
  );
}
