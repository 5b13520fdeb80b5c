import { describe, expect, test } from "vitest";
import { lijstHref, paginaVan, parseLijstParams, PAGINA_GROOTTE, type LijstDef } from "./params";

const DEF: LijstDef = {
  prefix: "m",
  sorteringen: [
    { waarde: "termijn", label: "Termijn" },
    { waarde: "nummer", label: "Nummer" },
  ],
  filters: {
    status: {
      label: "Status",
      keuzes: [
        { waarde: "alle", label: "Alle" },
        { waarde: "open", label: "Open" },
      ],
    },
  },
};

describe("the address of a paged list", () => {
  test("defaults: page 1, the first sort, every filter on its first choice, no notes", () => {
    expect(parseLijstParams(DEF, {})).toEqual({
      pagina: 1,
      sortering: "termijn",
      filters: { status: "alle" },
      meldingen: [],
    });
  });

  test("valid values are taken, under the list's own prefix only", () => {
    const p = parseLijstParams(DEF, { mpagina: "3", msorteer: "nummer", mstatus: "open", pagina: "9" });
    expect(p).toMatchObject({ pagina: 3, sortering: "nummer", filters: { status: "open" }, meldingen: [] });
  });

  test("bad values fall back to the default, each with a Dutch note", () => {
    for (const pagina of ["0", "-1", "abc", "2.5", "1e9", "100001"]) {
      const p = parseLijstParams(DEF, { mpagina: pagina });
      expect(p.pagina, pagina).toBe(1);
      expect(p.meldingen, pagina).toEqual([`Pagina "${pagina}" bestaat niet; u ziet de eerste pagina.`]);
    }
    const p = parseLijstParams(DEF, { msorteer: "wachtwoord", mstatus: ["x", "open"] });
    expect(p.sortering).toBe("termijn");
    expect(p.filters.status).toBe("alle");
    expect(p.meldingen).toEqual([
      'Op "wachtwoord" kan deze lijst niet sorteren; de standaardvolgorde wordt gebruikt.',
      'Status: "x" is geen keuze van dit filter; het filter staat op "Alle".',
    ]);
  });

  test("a note never repeats more than a short piece of what was typed", () => {
    const p = parseLijstParams(DEF, { mstatus: "<script>".repeat(50) });
    expect(p.meldingen[0].length).toBeLessThan(120);
  });

  test("a page past the end shows the first page with a note; an empty list has one page", () => {
    const p = parseLijstParams(DEF, { mpagina: "5" });
    expect(paginaVan(p, 2 * PAGINA_GROOTTE + 1)).toEqual({
      pagina: 1,
      paginas: 3,
      totaal: 51,
      skip: 0,
      take: PAGINA_GROOTTE,
    });
    expect(p.meldingen).toEqual(["Pagina 5 bestaat niet (de lijst heeft 3 pagina's); u ziet de eerste pagina."]);
    expect(paginaVan(parseLijstParams(DEF, { mpagina: "3" }), 51)).toMatchObject({ pagina: 3, skip: 50 });
    expect(paginaVan(parseLijstParams(DEF, {}), 0)).toMatchObject({ pagina: 1, paginas: 1, skip: 0 });
  });

  test("page links keep the other lists' parameters and drop page 1", () => {
    const sp = { van: "2026-07-01", mpagina: "2", apagina: "3" };
    expect(lijstHref("/w", sp, { mpagina: 3 })).toBe("/w?van=2026-07-01&apagina=3&mpagina=3");
    expect(lijstHref("/w", sp, { mpagina: null })).toBe("/w?van=2026-07-01&apagina=3");
    expect(lijstHref("/w", {}, { mpagina: null })).toBe("/w");
  });
});
