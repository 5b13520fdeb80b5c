// The state of a simulated casus at the end of the year: what happens later is not there yet. A melding whose
// beoordeling falls after the end waits for it; a dienst that ends later is still LOPEND (no conclusion);
// one whose closure is confirmed later awaits confirmation; the casus is open unless it closed in time.
import { toUtcMidnight } from "@/lib/domain/dates";
import { opvolging } from "./opvolging";
import type { FullCasus, GenCasus, GenDienst } from "./types";

const reopen = (d: GenDienst): GenDienst => ({
  ...d,
  status: "LOPEND",
  einddatum: null,
  aardConclusie: [],
  uitkomstOnderzoek: "00000",
  redenVoortijdig: "00",
  afsluitingVoorgesteldDoorId: null,
  afsluitingBevestigdDoorId: null,
  afsluitingBevestigdOp: null,
});

export function cutAtYearEnd(full: FullCasus, end: Date): GenCasus {
  const meldingen = full.meldingen
    .filter((m) => m.datum <= end)
    .map((m) => {
      const b = m.beoordeling;
      if (!b || b.datum > end) return { ...m, beoordeling: null, opvolging: null };
      if (b.vastgesteldOp && toUtcMidnight(b.vastgesteldOp) > end)
        return { ...m, beoordeling: { ...b, vastgesteldDoorId: null, vastgesteldOp: null }, opvolging: null };
      return { ...m, opvolging: opvolging(m, end) };
    });
  const dienstIndex = new Map<number, number>();
  const diensten: GenDienst[] = [];
  full.diensten.forEach((d, i) => {
    if (d.startdatum > end) return;
    dienstIndex.set(i, diensten.length);
    if (d.einddatum === null || d.einddatum > end) diensten.push(reopen(d));
    else if (d.afsluitingBevestigdOp && toUtcMidnight(d.afsluitingBevestigdOp) > end) {
      diensten.push({
        ...d,
        status: "AFSLUITING_VOORGESTELD",
        afsluitingBevestigdDoorId: null,
        afsluitingBevestigdOp: null,
      });
    } else diensten.push(d);
  });
  const overdrachten = full.overdrachten
    .filter((o) => o.datum <= end)
    .map((o) => (o.dienstIndex === null ? o : { ...o, dienstIndex: dienstIndex.get(o.dienstIndex)! }));
  const monitoring = full.monitoring.filter((m) => m.datum <= end);
  // Persons enter in the order of the meldingen, so those of later meldingen form the tail of the list.
  const aantal = Math.max(...meldingen.flatMap((m) => m.pvns));
  const open = full.sluitdatum > end;
  return {
    seq: full.seq,
    begindatum: full.begindatum,
    einddatum: open ? null : full.sluitdatum,
    gemeentecode: full.gemeentecode,
    hermelding: full.hermelding,
    casemanagerId: diensten.length > 0 || monitoring.length > 0 ? full.casemanagerId : null,
    personen: full.personen.slice(0, aantal),
    meldingen,
    diensten,
    overdrachten,
    monitoring,
  };
}
