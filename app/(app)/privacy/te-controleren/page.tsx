import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { PageTitle } from "@/components/page-title";
import { ControleForm } from "@/components/privacy/controle-form";
import { CONTROLE_DAGEN, CONTROLE_SOORT_LABELS, listTeControleren, type ControleFilter } from "@/lib/privacy/controle";
import type { Zoekparams } from "@/lib/lijst/params";

const fmt = new Intl.DateTimeFormat("nl-NL", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const FILTERS: { waarde: ControleFilter; label: string }[] = [
  { waarde: "open", label: "Nog te controleren" },
  { waarde: "gecontroleerd", label: "Gecontroleerd" },
  { waarde: "alle", label: "Alle" },
];

export default async function TeControleren({ searchParams }: { searchParams: Promise<Zoekparams> }) {
  const user = await requirePage("controle:write");
  const raw = (await searchParams).status;
  const filter = FILTERS.find((f) => f.waarde === raw)?.waarde ?? "open";
  const items = await listTeControleren(user, filter);
  return (
    <>
      <PageTitle
        title="Te controleren"
        intro={`Noodtoegang, inzage van afgeschermde dossiers en opvallend veel dossiers buiten de eigen caseload, van de laatste ${CONTROLE_DAGEN} dagen.`}
      />
      {raw !== undefined && !FILTERS.some((f) => f.waarde === raw) && (
        <p role="status" className="mb-3 rounded border border-amber-400 bg-amber-50 p-3">
          Onbekende keuze; u ziet wat nog te controleren is.
        </p>
      )}
      <nav aria-label="Welke items" className="mb-4 flex gap-4">
        {FILTERS.map((f) =>
          f.waarde === filter ? (
            <strong key={f.waarde} aria-current="page">
              {f.label}
            </strong>
          ) : (
            <Link key={f.waarde} href={`/privacy/te-controleren?status=${f.waarde}`}>
              {f.label}
            </Link>
          ),
        )}
      </nav>
      {items.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-6">Niets te controleren.</p>
      ) : (
        <ul className="space-y-3">
          {items.map((i) => (
            <li key={i.sleutel} className="rounded border border-slate-300 bg-white p-4" data-testid="controle-item">
              <p className="mb-1 flex flex-wrap gap-3">
                <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold">
                  {CONTROLE_SOORT_LABELS[i.soort]}
                </span>
                <span>{fmt.format(new Date(i.op))}</span>
                <span>{i.medewerker}</span>
                {i.casusnummer && <span>casus {i.casusnummer}</span>}
              </p>
              <p className="mb-2">{i.omschrijving}</p>
              <p className="mb-2 flex gap-4 text-sm">
                <Link href={`/privacy/log/medewerker?medewerker=${encodeURIComponent(i.username)}`}>
                  Log van de medewerker
                </Link>
                {i.casusnummer && (
                  <Link href={`/privacy/log/client?casus=${i.casusnummer}`}>Log van casus {i.casusnummer}</Link>
                )}
              </p>
              {i.gecontroleerd ? (
                <p className="text-sm">
                  Gecontroleerd door {i.gecontroleerd.door} op {fmt.format(new Date(i.gecontroleerd.op))}:{" "}
                  {i.gecontroleerd.opmerking}
                </p>
              ) : (
                <ControleForm sleutel={i.sleutel} label={`${CONTROLE_SOORT_LABELS[i.soort]} ${i.medewerker}`} />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
