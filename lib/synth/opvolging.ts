// The voordeur's follow-up of a generated melding, as a real Veilig Thuis records it: after the final
// veiligheidsbeoordeling the melder hears back within a few working days (an anonymous melder can not be reached)
// and the betrokkenen are informed (now and then not, for their safety or because they can not be reached). Derived
// from the melding itself, without drawing from the random stream, so every other generated value stays as it was;
// what would fall after the end of the data is not there yet and stays open in the work list.
import { addDays, toUtcMidnight } from "@/lib/domain/dates";
import type { GenMelding, GenOpvolging } from "./types";

const WIJZEN = ["telefonisch", "telefonisch", "brief", "email", "gesprek"];

export function opvolging(m: GenMelding, end: Date): GenOpvolging | null {
  const b = m.beoordeling;
  if (!b?.vastgesteldOp) return null;
  const vastgesteld = toUtcMidnight(b.vastgesteldOp);
  const seed = m.datum.getUTCDate() + m.pvns.length * 7 + b.besluitMetId;
  const op = addDays(vastgesteld, 1 + (seed % 4));
  if (op > end) return null;
  const terugkoppeling = m.anoniem
    ? { nietMogelijk: "Melder is anoniem; er zijn geen contactgegevens." }
    : { wijze: WIJZEN[seed % WIJZEN.length] };
  const informeren = m.pvns.map((pvn) => {
    const k = seed + pvn * 13;
    if (k % 41 === 0) return { pvn, op: null, wijze: null, niet: "veiligheid" };
    if (k % 53 === 0) return { pvn, op: null, wijze: null, niet: "onbereikbaar" };
    const dag = addDays(op, k % 3);
    return { pvn, op: dag > end ? op : dag, wijze: WIJZEN[k % WIJZEN.length], niet: null };
  });
  return { op, terugkoppeling, informeren, doorId: m.behandelaarId };
}
