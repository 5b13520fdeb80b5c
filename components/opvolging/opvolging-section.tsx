// Terugkoppeling aan de melder and informing each betrokkene, with their deadlines, on the melding page.
import type { Opvolging } from "@/lib/opvolging/queries";
import { nietGeinformeerdLabel, wijzeLabel } from "@/lib/opvolging/schema";
import { Section } from "@/components/ui/section";
import { TermijnLabel } from "@/components/ui/termijn";
import { datumNl } from "@/components/format-datum";
import { InformerenVerlengenForm, InformeringForm, TerugkoppelingForm } from "./opvolging-forms";

function Corrigeren({ titel, children }: { titel: string; children: React.ReactNode }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-blue-800 underline">{titel}</summary>
      <div className="mt-2 max-w-2xl">{children}</div>
    </details>
  );
}

export function OpvolgingSection({ o, vandaag }: { o: Opvolging; vandaag: string }) {
  const t = o.terugkoppeling;
  return (
    <Section boxed title="Terugkoppeling en informeren">
      <h3 className="mb-1 font-semibold">Terugkoppeling aan de melder</h3>
      {!t.termijn ? (
        <p className="mb-4">Volgt op de definitieve veiligheidsbeoordeling.</p>
      ) : (
        <div className="mb-4">
          <p className="mb-2">
            <TermijnLabel termijn={t.termijn} />
          </p>
          {t.vastgelegd ? (
            <>
              <p data-testid="terugkoppeling">
                {t.vastgelegd.reden
                  ? `Niet mogelijk: ${t.vastgelegd.reden}`
                  : `Gegeven op ${datumNl(t.vastgelegd.datum)} (${wijzeLabel(t.vastgelegd.wijze).toLowerCase()})${t.vastgelegd.inhoud ? `: ${t.vastgelegd.inhoud}` : ""}`}
              </p>
              {o.magCorrigeren && (
                <Corrigeren titel="Terugkoppeling corrigeren">
                  <TerugkoppelingForm
                    meldingnummer={o.meldingnummer}
                    version={o.version}
                    vandaag={vandaag}
                    correctie={{
                      uitkomst: t.vastgelegd.reden ? "niet-mogelijk" : "gedaan",
                      datum: t.vastgelegd.datum ?? "",
                      wijze: t.vastgelegd.wijze ?? "",
                      inhoud: t.vastgelegd.inhoud ?? "",
                      reden: t.vastgelegd.reden ?? "",
                    }}
                  />
                </Corrigeren>
              )}
            </>
          ) : (
            o.mag && <TerugkoppelingForm meldingnummer={o.meldingnummer} version={o.version} vandaag={vandaag} />
          )}
        </div>
      )}
      <h3 className="mb-1 font-semibold">Betrokkenen geïnformeerd over de melding</h3>
      <ul className="divide-y divide-slate-200">
        {o.betrokkenen.map((b) => (
          <li key={b.id} className="py-2" data-testid="informeren">
            <span className="font-medium">{b.naam}</span> · <TermijnLabel termijn={b.termijn} />
            {b.verlengd > 0 && (
              <span className="text-sm text-slate-700">
                {" "}
                (termijn {b.verlengd === 1 ? "één keer" : `${b.verlengd} keer`} met 2 weken verlengd)
              </span>
            )}
            {b.vastgelegd ? (
              <>
                <p>
                  {b.vastgelegd.niet
                    ? `${nietGeinformeerdLabel(b.vastgelegd.niet)}${b.vastgelegd.toelichting ? ` — ${b.vastgelegd.toelichting}` : ""}`
                    : `Geïnformeerd op ${datumNl(b.vastgelegd.datum)} (${wijzeLabel(b.vastgelegd.wijze).toLowerCase()})`}
                </p>
                {o.magCorrigeren && (
                  <Corrigeren titel={`Informeren van ${b.naam} corrigeren`}>
                    <InformeringForm
                      meldingnummer={o.meldingnummer}
                      betrokkeneId={b.id}
                      naam={b.naam}
                      vandaag={vandaag}
                      correctie={{
                        uitkomst: (b.vastgelegd.niet as "veiligheid" | "onbereikbaar" | null) ?? "geinformeerd",
                        datum: b.vastgelegd.datum ?? "",
                        wijze: b.vastgelegd.wijze ?? "",
                        toelichting: b.vastgelegd.toelichting ?? "",
                      }}
                    />
                  </Corrigeren>
                )}
              </>
            ) : (
              o.mag && (
                <>
                  <InformeringForm
                    meldingnummer={o.meldingnummer}
                    betrokkeneId={b.id}
                    naam={b.naam}
                    vandaag={vandaag}
                  />
                  <Corrigeren titel={`Termijn informeren van ${b.naam} verlengen`}>
                    <InformerenVerlengenForm meldingnummer={o.meldingnummer} betrokkeneId={b.id} naam={b.naam} />
                  </Corrigeren>
                </>
              )
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
