import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { getLevering } from "@/lib/levering/queries";
import { NotFound } from "@/lib/auth/errors";
import { makePeriode, periodeLabel, leverDeadline } from "@/lib/domain/periode";
import { formatDatumNl } from "@/lib/domain/dates";
import { KERNCIJFER_KEYS, KERNCIJFER_LABELS, type Kerncijfers } from "@/lib/export/reports/kerncijfers";
import { PageTitle } from "@/components/page-title";
import { Voortgang } from "@/components/levering/voortgang";
import { DefinitiefKnop } from "@/components/levering/definitief-knop";
import { Kwaliteitsrapport } from "@/components/levering/kwaliteitsrapport";
import { Spiegelrapport } from "@/components/levering/spiegelrapport";
import { Verschil } from "@/components/levering/verschil";

export default async function LeveringPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("levering:view");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const data = await getLevering(user, id).catch((e) => {
    if (e instanceof NotFound) notFound();
    throw e;
  });
  const { levering: l, rapport, vorige, verschil, job } = data;
  const periode = makePeriode(l.jaar, l.halfjaar as 1 | 2);
  const k = l.kerncijfers as Kerncijfers | null;
  return (
    <>
      <PageTitle
        title={`Levering ${l.bestandsnaam}`}
        intro={`${periodeLabel(periode)} · ${l.soort === "R" ? "regulier" : "correctie"} · volgnummer ${l.volgnummer}`}
      />
      <dl className="mb-6 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-medium">Status</dt>
        <dd>
          {l.status === "DEFINITIEF"
            ? `Definitief (${data.definitiefDoor}, ${l.definitiefOp?.toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam" })})`
            : l.sha256
              ? "Concept"
              : job && !job.done
                ? "Wordt aangemaakt"
                : "Onvolledig (afgebroken)"}
        </dd>
        <dt className="font-medium">Aangemaakt</dt>
        <dd>
          {data.aangemaaktDoor}, {l.aangemaaktOp.toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam" })}
        </dd>
        <dt className="font-medium">Termijn</dt>
        <dd>uiterlijk {formatDatumNl(leverDeadline(periode))}</dd>
        {l.sha256 && (
          <>
            <dt className="font-medium">SHA-256</dt>
            <dd className="font-mono text-sm break-all">{l.sha256}</dd>
          </>
        )}
        {l.sha256 && (
          <>
            <dt className="font-medium">Fouten / waarschuwingen</dt>
            <dd>
              {l.aantalFouten} / {l.aantalWaarschuwingen}
            </dd>
          </>
        )}
      </dl>
      {!l.sha256 && job && !job.done && <Voortgang id={l.id} />}
      {l.sha256 && (
        <div className="mb-8 flex flex-wrap items-start gap-4">
          <a className="rounded border border-blue-800 px-4 py-2" href={`/api/leveringen/${l.id}/bestand`} download>
            Bestand downloaden
          </a>
          {l.status === "CONCEPT" && l.aantalFouten === 0 && <DefinitiefKnop id={l.id} bestandsnaam={l.bestandsnaam} />}
          {l.status === "CONCEPT" && l.aantalFouten > 0 && (
            <p className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
              Definitief maken kan pas als er geen fouten meer zijn. Herstel de fouten in de dossiers en maak een nieuwe
              levering.
            </p>
          )}
        </div>
      )}
      {k && (
        <section aria-labelledby="kern" className="mb-8">
          <h2 id="kern" className="mb-2 text-xl font-semibold">
            Kerncijfers
          </h2>
          <table className="border-collapse bg-white text-left">
            <tbody>
              {KERNCIJFER_KEYS.map((key) => (
                <tr key={key} className="border-b">
                  <th
                    scope="row"
                    className={`p-2 font-normal ${KERNCIJFER_LABELS[key].startsWith("waarvan") ? "pl-8" : ""}`}
                  >
                    {KERNCIJFER_LABELS[key]}
                  </th>
                  <td className="p-2 text-right" data-testid={`kern-${key}`}>
                    {k[key].toLocaleString("nl-NL")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {verschil && vorige && <Verschil verschil={verschil} vorige={vorige.bestandsnaam} />}
      {rapport && <Kwaliteitsrapport violations={rapport.violations} />}
      {rapport && <Spiegelrapport mirror={rapport.mirror} />}
    </>
  );
}
