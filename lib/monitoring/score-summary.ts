// The veiligheidsscores in one Dutch sentence: the text alternative of the score chart. Pure; no I/O.
import { formatDatumNl, parseIsoDate } from "@/lib/domain/dates";

export type ScorePunt = { datum: string /* YYYY-MM-DD */; score: number };

const nl = (iso: string) => {
  const d = parseIsoDate(iso);
  return d ? formatDatumNl(d) : iso;
};

/** Expects the points in date order. */
export function describeScores(punten: ScorePunt[]): string {
  if (punten.length === 0) return "Er zijn nog geen veiligheidsscores.";
  const eerste = punten[0],
    laatste = punten[punten.length - 1];
  if (punten.length === 1) return `Eén veiligheidsscore: ${eerste.score} op ${nl(eerste.datum)}.`;
  const verloop =
    laatste.score > eerste.score ? "gestegen" : laatste.score < eerste.score ? "gedaald" : "gelijk gebleven";
  return `${punten.length} veiligheidsscores van ${nl(eerste.datum)} tot ${nl(laatste.datum)}: van ${eerste.score} naar ${laatste.score} (${verloop}); laagste ${Math.min(...punten.map((p) => p.score))}, hoogste ${Math.max(...punten.map((p) => p.score))}.`;
}
