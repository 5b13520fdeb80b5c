"use client";
// The veiligheidsscore and the voorwaarden over time, drawn with Recharts: per monitoringsmoment the score (line,
// 0–10) beside the number of voorwaarden nagekomen, deels and niet nagekomen (stacked bars). Keyboard users move
// through the moments with the arrow keys (Recharts' accessibility layer); the same figures are a table below it.
// Drawn in the browser only: Recharts sizes its SVG with style attributes, which the Content-Security-Policy
// (style-src with a nonce) refuses in server-rendered HTML but allows when set from script.
import { useSyncExternalStore } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { PlanPunt } from "@/lib/veiligheidsplan/plan";
import { describeScores } from "@/lib/monitoring/score-summary";

const geenAbonnement = () => () => {};
const kort = (iso: string) => `${Number(iso.slice(8, 10))}-${Number(iso.slice(5, 7))}-${iso.slice(2, 4)}`;

export function PlanGrafiek({ punten, titel }: { punten: PlanPunt[]; titel: string }) {
  const metVoorwaarden = punten.some((p) => p.nagekomen + p.deels + p.niet > 0);
  const data = punten.map((p) => ({ ...p, label: kort(p.datum) }));
  const inBrowser = useSyncExternalStore(
    geenAbonnement,
    () => true,
    () => false,
  );
  return (
    <figure className="mb-4">
      <figcaption className="mb-1 font-medium">{titel}</figcaption>
      <p className="mb-1 text-sm text-slate-700">
        {describeScores(punten)} Schaal 0 (onveilig) tot 10 (veilig)
        {metVoorwaarden ? "; de staven tellen de voorwaarden per oordeel." : "."}
      </p>
      <div className="h-[280px] max-w-2xl rounded border border-slate-300 bg-white p-2">
        {inBrowser && (
          <ComposedChart
            responsive
            style={{ width: "100%", height: 260 }}
            data={data}
            margin={{ top: 10, right: 10, bottom: 0, left: 0 }}
            title={titel}
          >
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} />
            <YAxis
              yAxisId="score"
              domain={[0, 10]}
              ticks={[0, 5, 10]}
              tick={{ fill: "#334155", fontSize: 12 }}
              width={30}
            />
            {metVoorwaarden && (
              <YAxis
                yAxisId="aantal"
                orientation="right"
                allowDecimals={false}
                tick={{ fill: "#334155", fontSize: 12 }}
                width={30}
              />
            )}
            <Tooltip />
            <Legend />
            {metVoorwaarden && (
              <>
                <Bar
                  yAxisId="aantal"
                  dataKey="nagekomen"
                  name="Nagekomen"
                  stackId="v"
                  fill="#15803d"
                  isAnimationActive={false}
                />
                <Bar
                  yAxisId="aantal"
                  dataKey="deels"
                  name="Deels"
                  stackId="v"
                  fill="#b45309"
                  isAnimationActive={false}
                />
                <Bar
                  yAxisId="aantal"
                  dataKey="niet"
                  name="Niet nagekomen"
                  stackId="v"
                  fill="#b91c1c"
                  isAnimationActive={false}
                />
              </>
            )}
            <Line
              yAxisId="score"
              dataKey="score"
              name="Veiligheidsscore"
              stroke="#1e40af"
              strokeWidth={2.5}
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        )}
      </div>
    </figure>
  );
}
