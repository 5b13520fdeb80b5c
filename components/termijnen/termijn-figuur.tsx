import type { TermijnFiguur } from "@/lib/termijnen/compute";
import { Badge } from "@/components/ui/tone";

const pctNl = (p: number) => `${p.toLocaleString("nl-NL", { maximumFractionDigits: 1 })} %`;

/** One figure: n, on time, share and the sector target. */
export function TermijnFiguurBlok({
  id,
  titel,
  uitleg,
  f,
  leeg,
}: {
  id: string;
  titel: string;
  uitleg: string;
  f: Pick<TermijnFiguur, "n" | "opTijd" | "percentage"> & { norm: number | null };
  leeg: string;
}) {
  return (
    <section aria-labelledby={`${id}-titel`} className="rounded border border-slate-300 bg-white p-4">
      <h2 id={`${id}-titel`} className="mb-1 text-xl font-semibold">
        {titel}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{uitleg}</p>
      {f.percentage === null ? (
        <p>{leeg}</p>
      ) : (
        <>
          <p className="mb-2 text-3xl font-semibold" data-testid={`${id}-percentage`}>
            {pctNl(f.percentage)}
          </p>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4">
            <dt>Aantal</dt>
            <dd>{f.n}</dd>
            <dt>Op tijd</dt>
            <dd>{f.opTijd}</dd>
            <dt>Te laat</dt>
            <dd>{f.n - f.opTijd}</dd>
            {f.norm !== null && (
              <>
                <dt>Norm sector</dt>
                <dd>{f.norm} % op tijd</dd>
              </>
            )}
          </dl>
          {f.norm !== null && (
            <p className="mt-2">
              {f.percentage >= f.norm ? (
                <Badge tone="ok">Voldoet aan de norm van {f.norm} %</Badge>
              ) : (
                <Badge tone="bad">Onder de norm van {f.norm} %</Badge>
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}
