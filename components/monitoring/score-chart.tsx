// The veiligheidsscore over time as a small inline SVG line chart. Screen readers get a one-sentence summary
// (the SVG's accessible name) and everyone can open the same data as a table. No client code: it renders on the
// server or in a client tree alike.
import { useId } from "react";
import { formatDatumNl, parseIsoDate } from "@/lib/domain/dates";
import { describeScores, type ScorePunt } from "@/lib/monitoring/score-summary";

export type { ScorePunt };

const W = 560,
  H = 200,
  PAD_L = 40,
  PAD_R = 36,
  PAD_T = 12,
  PAD_B = 36;
const MAX = 10;

const dag = (iso: string) => parseIsoDate(iso)?.getTime() ?? 0;
const nl = (iso: string) => {
  const d = parseIsoDate(iso);
  return d ? formatDatumNl(d) : iso;
};
const kort = (iso: string) => {
  const d = parseIsoDate(iso);
  return d ? `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${String(d.getUTCFullYear()).slice(2)}` : iso;
};

export function ScoreChart({
  punten,
  metTabel = true,
  titel = "Verloop van de veiligheidsscore",
}: {
  punten: ScorePunt[];
  metTabel?: boolean;
  titel?: string;
}) {
  const id = useId();
  const sorted = [...punten].sort((a, b) => dag(a.datum) - dag(b.datum));
  const samenvatting = describeScores(sorted);
  if (sorted.length === 0) return <p className="text-slate-700">{samenvatting}</p>;
  const t0 = dag(sorted[0].datum),
    t1 = dag(sorted[sorted.length - 1].datum);
  const x = (iso: string) =>
    t1 === t0 ? PAD_L + (W - PAD_L - PAD_R) / 2 : PAD_L + ((dag(iso) - t0) / (t1 - t0)) * (W - PAD_L - PAD_R);
  const y = (score: number) => PAD_T + (1 - Math.max(0, Math.min(MAX, score)) / MAX) * (H - PAD_T - PAD_B);
  const lijn = sorted.map((p) => `${x(p.datum).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  // Label at most about six dates on the axis so they never overlap.
  const stap = Math.max(1, Math.ceil(sorted.length / 6));
  return (
    <figure className="mb-4">
      <figcaption id={`${id}-titel`} className="mb-1 font-medium">
        {titel}
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-titel`}
        aria-describedby={`${id}-uitleg`}
        className="h-auto w-full max-w-xl rounded border border-slate-300 bg-white"
      >
        {[0, 5, 10].map((s) => (
          <g key={s}>
            <line
              x1={PAD_L}
              x2={W - PAD_R}
              y1={y(s)}
              y2={y(s)}
              stroke="#cbd5e1"
              strokeDasharray={s === 5 ? "4 4" : undefined}
            />
            <text x={PAD_L - 8} y={y(s) + 4} textAnchor="end" fontSize="12" fill="#334155">
              {s}
            </text>
          </g>
        ))}
        <polyline points={lijn} fill="none" stroke="#1e40af" strokeWidth="2.5" strokeLinejoin="round" />
        {sorted.map((p, i) => (
          <g key={`${p.datum}-${i}`}>
            <circle cx={x(p.datum)} cy={y(p.score)} r="4.5" fill="#1e40af" stroke="#fff" strokeWidth="1.5" />
            <text x={x(p.datum)} y={y(p.score) - 9} textAnchor="middle" fontSize="12" fontWeight="600" fill="#0f172a">
              {p.score}
            </text>
            {(i % stap === 0 || i === sorted.length - 1) && (
              <text x={x(p.datum)} y={H - PAD_B + 18} textAnchor="middle" fontSize="11" fill="#334155">
                {kort(p.datum)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <p id={`${id}-uitleg`} className="mt-1 text-sm text-slate-700">
        {samenvatting} Schaal 0 (onveilig) tot 10 (veilig).
      </p>
      {metTabel && (
        <details className="mt-2">
          <summary className="cursor-pointer text-blue-800 underline">Toon de scores als tabel</summary>
          <table className="mt-2 border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{titel}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">
                  Datum
                </th>
                <th scope="col" className="p-2">
                  Veiligheidsscore
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((p, i) => (
                <tr key={`${p.datum}-${i}`} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    {nl(p.datum)}
                  </th>
                  <td className="p-2 tabular-nums">{p.score}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
