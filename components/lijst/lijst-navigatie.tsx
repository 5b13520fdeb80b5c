// Around every paged work list: the notes about a wrong address, the filters and sort order as a plain GET form
// (works without JavaScript; nothing personal in the address), the visible total and the page links.
import Link from "next/link";
import { buttonClass, inputClass } from "@/components/forms/field";
import {
  lijstHref,
  paramNaam,
  type LijstDef,
  type LijstParams,
  type Pagina,
  type Zoekparams,
} from "@/lib/lijst/params";

type Props = { pad: string; sp: Zoekparams; def: LijstDef; params: LijstParams; naam: string };

export function LijstMeldingen({ params }: { params: LijstParams }) {
  if (params.meldingen.length === 0) return null;
  return (
    <div role="status" className="mb-3 rounded border border-amber-400 bg-amber-50 p-3">
      {params.meldingen.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

export function LijstFilters({ pad, sp, def, params, naam }: Props) {
  const eigen = new Set(["pagina", "sorteer", ...Object.keys(def.filters)].map((n) => paramNaam(def, n)));
  const id = (n: string) => `${def.prefix ?? ""}f-${n}`;
  const select = (n: string, label: string, keuzes: LijstDef["sorteringen"], waarde: string) => (
    <div key={n} className="flex flex-col">
      <label htmlFor={id(n)} className="mb-1 text-sm font-medium">
        {label}
      </label>
      <select id={id(n)} name={paramNaam(def, n)} defaultValue={waarde} className={`${inputClass} w-auto`}>
        {keuzes.map((k) => (
          <option key={k.waarde} value={k.waarde}>
            {k.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={pad} aria-label={`Filters: ${naam}`} className="mb-3 flex flex-wrap items-end gap-3">
      {Object.entries(sp)
        .filter(([k]) => !eigen.has(k))
        .map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={Array.isArray(v) ? v[0] : (v ?? "")} />
        ))}
      {Object.entries(def.filters).map(([n, f]) => select(n, f.label, f.keuzes, params.filters[n]))}
      {def.sorteringen.length > 1 && select("sorteer", "Sorteren op", def.sorteringen, params.sortering)}
      <button type="submit" className={buttonClass}>
        Toon
      </button>
    </form>
  );
}

export function LijstPaginas({
  pad,
  sp,
  def,
  pagina,
  eenheid,
}: {
  pad: string;
  sp: Zoekparams;
  def: LijstDef;
  pagina: Pagina;
  eenheid: [string, string];
}) {
  const { totaal, paginas } = pagina;
  const van = totaal === 0 ? 0 : pagina.skip + 1;
  const tot = Math.min(totaal, pagina.skip + pagina.take);
  const href = (p: number) => lijstHref(pad, sp, { [paramNaam(def, "pagina")]: p === 1 ? null : p });
  return (
    <nav aria-label={`Pagina's ${eenheid[1]}`} className="mt-3 flex flex-wrap items-center gap-4">
      <p>
        {totaal === 0
          ? `Geen ${eenheid[1]}`
          : `${van}–${tot} van ${totaal.toLocaleString("nl-NL")} ${totaal === 1 ? eenheid[0] : eenheid[1]}`}
        {paginas > 1 && ` · pagina ${pagina.pagina} van ${paginas.toLocaleString("nl-NL")}`}
      </p>
      {pagina.pagina > 1 && (
        <Link href={href(pagina.pagina - 1)} rel="prev" className="underline">
          Vorige pagina
        </Link>
      )}
      {pagina.pagina < paginas && (
        <Link href={href(pagina.pagina + 1)} rel="next" className="underline">
          Volgende pagina
        </Link>
      )}
    </nav>
  );
}

/** A paged list with its notes, filters and page links around the table it is given. */
export function GepagineerdeLijst({
  pad,
  sp,
  def,
  lijst,
  naam,
  eenheid,
  children,
}: {
  pad: string;
  sp: Zoekparams;
  def: LijstDef;
  lijst: { pagina: Pagina; params: LijstParams };
  naam: string;
  eenheid: [string, string];
  children: React.ReactNode;
}) {
  return (
    <>
      <LijstMeldingen params={lijst.params} />
      {(Object.keys(def.filters).length > 0 || def.sorteringen.length > 1) && (
        <LijstFilters pad={pad} sp={sp} def={def} params={lijst.params} naam={naam} />
      )}
      {children}
      <LijstPaginas pad={pad} sp={sp} def={def} pagina={lijst.pagina} eenheid={eenheid} />
    </>
  );
}
