// The address-bar parameters of a paged work list: page, sort and filters, each checked by its own zod schema.
// A value that is out of range or not in its list never fails the page: the list falls back to its default and
// says so in Dutch (a note above the list). Plain data, usable in server pages and tests.
import { z } from "zod";

export const PAGINA_GROOTTE = 25;
const MAX_PAGINA = 100_000;

export type Keuze = { waarde: string; label: string };
export type FilterDef = { label: string; keuzes: readonly Keuze[] };
export type LijstDef = {
  /** Prefix of the parameter names when one page holds several lists ("" for the main list). */
  prefix?: string;
  sorteringen: readonly Keuze[];
  filters: Record<string, FilterDef>;
};
export type LijstParams = {
  pagina: number;
  sortering: string;
  filters: Record<string, string>;
  /** What was wrong with the address and what is shown instead. */
  meldingen: string[];
};
export type Zoekparams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
export const paramNaam = (def: LijstDef, naam: string) => `${def.prefix ?? ""}${naam}`;

const zPagina = z.coerce.number().int().min(1).max(MAX_PAGINA);
const zKeuze = (keuzes: readonly Keuze[]) => z.enum(keuzes.map((k) => k.waarde) as [string, ...string[]]);

export function parseLijstParams(def: LijstDef, sp: Zoekparams): LijstParams {
  const meldingen: string[] = [];
  const raw = (naam: string) => first(sp[paramNaam(def, naam)])?.trim() || undefined;

  let pagina = 1;
  const p = raw("pagina");
  if (p !== undefined) {
    const r = zPagina.safeParse(p);
    if (r.success) pagina = r.data;
    else meldingen.push(`Pagina "${p.slice(0, 20)}" bestaat niet; u ziet de eerste pagina.`);
  }

  let sortering = def.sorteringen[0].waarde;
  const s = raw("sorteer");
  if (s !== undefined) {
    const r = zKeuze(def.sorteringen).safeParse(s);
    if (r.success) sortering = r.data;
    else meldingen.push(`Op "${s.slice(0, 30)}" kan deze lijst niet sorteren; de standaardvolgorde wordt gebruikt.`);
  }

  const filters: Record<string, string> = {};
  for (const [naam, f] of Object.entries(def.filters)) {
    filters[naam] = f.keuzes[0].waarde;
    const v = raw(naam);
    if (v === undefined) continue;
    const r = zKeuze(f.keuzes).safeParse(v);
    if (r.success) filters[naam] = r.data;
    else
      meldingen.push(
        `${f.label}: "${v.slice(0, 30)}" is geen keuze van dit filter; het filter staat op "${f.keuzes[0].label}".`,
      );
  }
  return { pagina, sortering, filters, meldingen };
}

export type Pagina = { pagina: number; paginas: number; totaal: number; skip: number; take: number };

/** The page to show for a total: a page past the end shows the first page, with a note. */
export function paginaVan(params: LijstParams, totaal: number): Pagina {
  const paginas = Math.max(1, Math.ceil(totaal / PAGINA_GROOTTE));
  let pagina = params.pagina;
  if (pagina > paginas) {
    params.meldingen.push(
      `Pagina ${pagina} bestaat niet (de lijst heeft ${paginas} ${paginas === 1 ? "pagina" : "pagina's"}); u ziet de eerste pagina.`,
    );
    pagina = 1;
  }
  return { pagina, paginas, totaal, skip: (pagina - 1) * PAGINA_GROOTTE, take: PAGINA_GROOTTE };
}

/** The address of the same list with some parameters changed (other lists' parameters are kept). */
export function lijstHref(pad: string, sp: Zoekparams, wijzig: Record<string, string | number | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) {
    const w = first(v);
    if (w !== undefined && !(k in wijzig)) q.set(k, w);
  }
  for (const [k, v] of Object.entries(wijzig)) if (v !== null) q.set(k, String(v));
  const s = q.toString();
  return s ? `${pad}?${s}` : pad;
}

export type Lijst<T> = { rijen: T[]; pagina: Pagina; params: LijstParams };
