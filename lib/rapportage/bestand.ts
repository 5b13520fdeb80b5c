// A report as rows for CSV and XLSX: one sheet (or block) per table, with the previous period beside it. Cells that
// would start a formula are neutralised (lib/export/csv.ts); small numbers are "<5" in a report for outside.
import { neutraliseCell, toCsv } from "@/lib/export/csv";
import { KERNCIJFER_KEYS, KERNCIJFER_LABELS } from "@/lib/export/reports/kerncijfers";
import { klein, type Rapport } from "./rapport";

export type Blad = { naam: string; rijen: (string | number)[][] };

export function bladen(r: Rapport, extern: boolean): Blad[] {
  const n = (x: number) => klein(x, extern);
  const kop = (titel: string) => [titel, r.periode.label, r.vorige.label];
  const gemeente = r.gemeente ? ` — ${r.gemeente.naam}` : "";
  return [
    {
      naam: "Totalen",
      rijen: [
        [`Rapportage ${r.periode.label}${gemeente}`],
        kop("Kerncijfer (hele organisatie)"),
        ...KERNCIJFER_KEYS.map((k) => [KERNCIJFER_LABELS[k], r.totalen[k], r.totalenVorige[k]]),
      ],
    },
    {
      naam: "Per gemeente",
      rijen: [
        [
          "Gemeentecode",
          "Gemeente",
          "Adviezen",
          "Meldingen",
          "Casussen gestart",
          "Onderzoeken gestart",
          "V&V gestart",
          "Overdrachten",
          "Gezinnen in monitoring",
        ],
        ...r.per_gemeente.map((g) => [
          g.gemeentecode,
          g.gemeentenaam,
          n(g.adviezen),
          n(g.meldingen),
          n(g.casussen_gestart),
          n(g.onderzoeken_gestart),
          n(g.vv_gestart),
          n(g.overdrachten),
          n(g.monitoring),
        ]),
      ],
    },
    ...r.tabellen.map((t) => ({
      naam: t.titel.slice(0, 31),
      rijen: [[t.titel], [t.uitleg], kop(""), ...t.rijen.map((x) => [x.label, n(x.huidig), n(x.vorige)])],
    })),
    {
      naam: "Doorlooptijden",
      rijen: [
        [
          "Doorlooptijd (dagen)",
          `Mediaan ${r.periode.label}`,
          `90e percentiel ${r.periode.label}`,
          `Mediaan ${r.vorige.label}`,
          `90e percentiel ${r.vorige.label}`,
        ],
        ...(["beoordeling", "onderzoek", "vv"] as const).map((k) => [
          { beoordeling: "Melding tot definitieve beoordeling", onderzoek: "Onderzoek", vv: "Voorwaarden en Vervolg" }[
            k
          ],
          r.doorlooptijden.huidig[k].mediaan ?? "",
          r.doorlooptijden.huidig[k].p90 ?? "",
          r.doorlooptijden.vorige[k].mediaan ?? "",
          r.doorlooptijden.vorige[k].p90 ?? "",
        ]),
      ],
    },
  ].map((b) => ({
    naam: b.naam,
    rijen: b.rijen.map((rij) => rij.map((c) => (typeof c === "string" ? neutraliseCell(c) : c))),
  }));
}

/** All tables in one CSV, one block per table with an empty line between. */
export function rapportCsv(r: Rapport, extern: boolean): string {
  const [eerste, ...rest] = bladen(r, extern).flatMap((b, i) => [...(i > 0 ? [[""]] : []), ...b.rijen]);
  return toCsv(eerste.map(String), rest);
}
