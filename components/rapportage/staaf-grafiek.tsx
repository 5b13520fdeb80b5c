"use client";
// A breakdown as horizontal bars (Recharts): this period beside the previous one. Keyboard users move through the
// bars with the arrow keys (Recharts' accessibility layer); the same figures are the table beside it, which is what
// a screen reader reads. Drawn in the browser only (Recharts sets style attributes the CSP allows only from script).
import { useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

const geenAbonnement = () => () => {};

export type Staaf = { label: string; huidig: number; vorige: number };

export function StaafGrafiek({
  titel,
  staven,
  nu,
  toen,
}: {
  titel: string;
  staven: Staaf[];
  nu: string;
  toen: string;
}) {
  const inBrowser = useSyncExternalStore(
    geenAbonnement,
    () => true,
    () => false,
  );
  const hoogte = Math.max(120, staven.length * 34 + 60);
  return (
    <div className="min-h-32 rounded border border-slate-300 bg-white p-2">
      {inBrowser && (
        <BarChart
          responsive
          layout="vertical"
          style={{ width: "100%", height: hoogte }}
          data={staven}
          margin={{ top: 5, right: 20, bottom: 5, left: 10 }}
          title={titel}
        >
          <CartesianGrid stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: "#334155", fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={220} tick={{ fill: "#334155", fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="huidig" name={nu} fill="#1d4ed8" />
          <Bar dataKey="vorige" name={toen} fill="#94a3b8" />
        </BarChart>
      )}
    </div>
  );
}
