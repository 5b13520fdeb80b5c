// A report for a period (and optionally one gemeente): the kerncijfers as totals, the counts per gemeente and every
// breakdown with the previous period beside it, labelled in Dutch. The same function serves the page, the downloads,
// the Gemeentebrief and `npm run rapportage`. No personal data: counts, and the names of casemanagers for caseload.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { codelijsten, labelOf, UITKOMST_VORMEN } from "@/lib/domain/codes";
import { toIsoDate } from "@/lib/domain/dates";
import { emptyKerncijfers, KERNCIJFER_KEYS, type Kerncijfers } from "@/lib/export/reports/kerncijfers";
import { vormLabel } from "@/lib/melding/vormen-geweld";
import {
  ALLE_ONDERDELEN,
  doorlooptijden,
  perGemeente,
  tellingen,
  type Doorlooptijden,
  type GemeenteRij,
  type Onderdeel,
  type Telling,
} from "./cijfers";
import type { PeriodeKeuze } from "./periode";

export type Rij = { sleutel: string; label: string; huidig: number; vorige: number };
export type Tabel = { id: string; titel: string; uitleg: string; rijen: Rij[] };

type Def = {
  id: string;
  pas: Onderdeel;
  titel: string;
  uitleg: string;
  label: (k: string) => string;
  volgorde?: string[];
};

const lijst = (l: Parameters<typeof labelOf>[0]) => (k: string) => labelOf(l, k);
const MELDER_LABEL = (k: string) => (k === "burger" ? "Burger (niet-beroepsmatig)" : labelOf("E", k));
const LEEFTIJDEN = ["ongeboren", "0-3", "4-11", "12-17", "18-64", "65+", "onbekend"];

export const DEFS: Def[] = [
  {
    id: "aard",
    pas: "meldingen",
    titel: "Aard van het geweld",
    uitleg: "Ontvangen meldingen; een melding kan meer dan één aard hebben.",
    label: lijst("A"),
  },
  {
    id: "melder",
    pas: "meldingen",
    titel: "Melders",
    uitleg: "Ontvangen meldingen naar melder: burgers samen, beroepsmatig per organisatie.",
    label: MELDER_LABEL,
  },
  {
    id: "adviesvrager",
    pas: "adviezen",
    titel: "Adviesvragers",
    uitleg: "Gestarte adviezen naar adviesvrager.",
    label: MELDER_LABEL,
  },
  {
    id: "acuut",
    pas: "meldingen",
    titel: "Acute onveiligheid bij de melding",
    uitleg: "Ontvangen meldingen.",
    label: (k) => (k === "acuut" ? "Acuut" : "Niet acuut"),
  },
  {
    id: "vormGeweld",
    pas: "meldingen",
    titel: "Vorm van geweld",
    uitleg: "Ontvangen meldingen; meer dan één vorm mogelijk (interne registratie).",
    label: vormLabel,
  },
  {
    id: "taxatie",
    pas: "beoordelingen",
    titel: "Veiligheidstaxatie",
    uitleg: "Definitieve veiligheidsbeoordelingen in de periode.",
    label: lijst("G"),
    volgorde: codelijsten.G.codes.map((c) => c.code),
  },
  {
    id: "inhoud",
    pas: "beoordelingen",
    titel: "Inhoud van de beoordeling (vervolgstap)",
    uitleg: "Definitieve veiligheidsbeoordelingen in de periode.",
    label: lijst("F"),
    volgorde: codelijsten.F.codes.map((c) => c.code),
  },
  {
    id: "uitkomst",
    pas: "diensten",
    titel: "Uitkomst onderzoek per vorm",
    uitleg: "Afgeronde onderzoeken in de periode, per onderzochte vorm.",
    label: (k) => {
      const [i, d] = k.split(":");
      return `${labelOf("A", UITKOMST_VORMEN[Number(i) - 1] ?? "")}: ${labelOf("H", d)}`;
    },
  },
  {
    id: "partij",
    pas: "casussen",
    titel: "Overdrachten per partij",
    uitleg: "Per persoon, in casussen gesloten in de periode.",
    label: lijst("I"),
  },
  {
    id: "hulp",
    pas: "casussen",
    titel: "Overdrachten naar hulp",
    uitleg: "Per persoon, in casussen gesloten in de periode.",
    label: lijst("J"),
  },
  {
    id: "leeftijd",
    pas: "betrokkenen",
    titel: "Betrokkenen naar leeftijd",
    uitleg: "Betrokkenen bij ontvangen meldingen, leeftijd bij de melding.",
    label: (k) => (k === "onbekend" ? "Onbekend" : k === "ongeboren" ? "Ongeboren" : `${k} jaar`),
    volgorde: LEEFTIJDEN,
  },
  {
    id: "geslacht",
    pas: "betrokkenen",
    titel: "Betrokkenen naar geslacht",
    uitleg: "Betrokkenen bij ontvangen meldingen.",
    label: lijst("K"),
  },
  {
    id: "hermelding",
    pas: "casussen",
    titel: "Hermeldingen",
    uitleg: "Gestarte casussen waarvan het gezin al eerder een casus had.",
    label: (k) => (k === "ja" ? "Hermelding" : "Eerste casus"),
  },
  {
    id: "caseload",
    pas: "casussen",
    titel: "Caseload per casemanager",
    uitleg: "Open casussen aan het eind van de periode, bij de huidige casemanager.",
    label: (k) => k,
  },
];

function tabel(def: Def, nu: Map<string, number>, toen: Map<string, number>): Tabel {
  const sleutels = [...new Set([...(def.volgorde ?? []), ...nu.keys(), ...toen.keys()])].filter(
    (k) => nu.has(k) || toen.has(k),
  );
  if (!def.volgorde) sleutels.sort((a, b) => (nu.get(b) ?? 0) - (nu.get(a) ?? 0) || a.localeCompare(b));
  return {
    id: def.id,
    titel: def.titel,
    uitleg: def.uitleg,
    rijen: sleutels.map((k) => ({ sleutel: k, label: def.label(k), huidig: nu.get(k) ?? 0, vorige: toen.get(k) ?? 0 })),
  };
}

export type Rapport = {
  periode: { code: string; label: string; van: string; tot: string };
  vorige: { code: string; label: string; van: string; tot: string };
  gemeente: { code: string; naam: string } | null;
  totalen: Kerncijfers;
  totalenVorige: Kerncijfers;
  per_gemeente: (GemeenteRij & { gemeentenaam: string })[];
  tabellen: Tabel[];
  doorlooptijden: { huidig: Doorlooptijden; vorige: Doorlooptijden };
};

export type Onderdelen = { tabellen?: string[]; doorlooptijden?: boolean };
/** What the Gemeentebrief shows (the figures of a municipal council letter, as the regional letter in the seeds):
 * the totals and counts per gemeente, melders, aard, uitkomst onderzoek and overdrachten per partij. */
export const GEMEENTEBRIEF = {
  tabellen: ["melder", "aard", "uitkomst", "partij"],
  doorlooptijden: false,
} satisfies Onderdelen;

/** The whole report, or only the parts a caller shows (the Gemeentebrief: per gemeente and a few tables). */
export async function maakRapport(
  tx: Tx,
  p: PeriodeKeuze,
  gemeente: string | null,
  opts: Onderdelen = {},
): Promise<Rapport> {
  const defs = opts.tabellen ? DEFS.filter((d) => opts.tabellen!.includes(d.id)) : DEFS;
  const metDoorloop = opts.doorlooptijden !== false;
  const doorloop: Onderdeel[] = metDoorloop ? ["beoordelingen", "diensten"] : [];
  const nodig = new Set<Onderdeel>([
    "meldingen",
    "casussen",
    "adviezen",
    "monitoring",
    ...defs.map((d) => d.pas),
    ...doorloop,
  ]);
  const [nu, toen] = await tellingen(
    tx,
    p,
    p.vorige,
    gemeente,
    ALLE_ONDERDELEN.filter((o) => nodig.has(o)),
  );
  const namen = await gemeenteNamen(tx, p.end);
  const periode = (x: { code: string; label: string; start: Date; end: Date }) => ({
    code: x.code,
    label: x.label,
    van: toIsoDate(x.start),
    tot: toIsoDate(x.end),
  });
  return {
    periode: periode(p),
    vorige: periode(p.vorige),
    gemeente: gemeente ? { code: gemeente, naam: namen.get(gemeente) ?? gemeente } : null,
    totalen: kerncijfers(nu),
    totalenVorige: kerncijfers(toen),
    per_gemeente: perGemeente(nu, gemeente).map((r) => ({ ...r, gemeentenaam: naamVan(namen, r.gemeentecode) })),
    tabellen: defs.map((def) => tabel(def, nu.get(def.id) ?? new Map(), toen.get(def.id) ?? new Map())),
    doorlooptijden: {
      huidig: doorlooptijden(metDoorloop ? nu : new Map()),
      vorige: doorlooptijden(metDoorloop ? toen : new Map()),
    },
  };
}

function kerncijfers(t: Map<string, Telling>): Kerncijfers {
  const k = emptyKerncijfers();
  for (const key of KERNCIJFER_KEYS) k[key] = t.get(`kern:${key}`)?.get("") ?? 0;
  return k;
}

const naamVan = (namen: Map<string, string>, code: string) =>
  code === "0000" ? "Gemeente onbekend" : (namen.get(code) ?? `Gemeente ${code}`);

/** The names of the gemeenten as they were at the end of the period (the latest list of that year or before). */
async function gemeenteNamen(tx: Tx, end: Date): Promise<Map<string, string>> {
  const rows = await tx.$queryRaw<{ code: string; naam: string }[]>`
    SELECT DISTINCT ON (code) code, naam FROM gemeente
    WHERE jaar <= ${end.getUTCFullYear()} OR jaar = (SELECT min(jaar) FROM gemeente)
    ORDER BY code, jaar DESC`;
  return new Map(rows.map((r) => [r.code, r.naam]));
}

/** The gemeenten to choose from: those of the latest list. */
export async function gemeenteKeuzes(tx: Tx) {
  return tx.$queryRaw<{ code: string; naam: string }[]>`
    SELECT code, naam FROM gemeente WHERE jaar = (SELECT max(jaar) FROM gemeente) ORDER BY naam`;
}

/** "<5" for 1–4 in a report meant for outside the organisation (small numbers could point to a family). */
export function klein(n: number, extern: boolean): number | string {
  return extern && n > 0 && n < 5 ? "<5" : n;
}
