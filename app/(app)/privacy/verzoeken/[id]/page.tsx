import { notFound } from "next/navigation";
import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { zId } from "@/lib/domain/zod-fields";
import { PageTitle } from "@/components/page-title";
import { VerzoekBesluitForm, VerzoekVerlengenForm } from "@/components/privacy/verzoek-forms";
import { getVerzoek } from "@/lib/verzoek/queries";
import { journaalVoorInzage } from "@/lib/afschrift/queries";
import { AfschriftRegelsForm } from "@/components/privacy/afschrift-form";
import { formatDatumNl, parseIsoDate, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";

const datum = (s: string) => formatDatumNl(parseIsoDate(s)!);

export default async function VerzoekPagina({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("verzoek:write");
  const id = zId.safeParse((await params).id);
  if (!id.success) notFound();
  const v = await getVerzoek(user, id.data);
  if (!v) notFound();
  const vandaag = toIsoDate(todayInAmsterdam());
  const inzage = v.soortCode === "INZAGE" ? await journaalVoorInzage(user, v.id) : null;
  return (
    <>
      <p className="mb-2">
        <Link href="/privacy/verzoeken">Alle verzoeken</Link>
      </p>
      <PageTitle title={`${v.soort}: ${v.persoon}`} intro={`Casus ${v.casusnummer}. Van: ${v.vanWie}.`} />
      <dl className="mb-6 grid max-w-2xl grid-cols-[12rem_1fr] gap-2 rounded border border-slate-300 bg-white p-4">
        <dt className="font-medium">Ontvangen</dt>
        <dd>{datum(v.ontvangenOp)}</dd>
        <dt className="font-medium">Termijn</dt>
        <dd>
          {datum(v.termijnOp)}
          {v.verlopen && <strong className="ml-2 text-red-800">verlopen</strong>}
          {v.verlengd && <span className="block text-sm">Verlengd: {v.verlengd}</span>}
        </dd>
        <dt className="font-medium">Gevraagd</dt>
        <dd className="whitespace-pre-wrap">{v.omschrijving}</dd>
        {v.besluit && (
          <>
            <dt className="font-medium">Besluit</dt>
            <dd>
              {v.besluit} op {datum(v.besluitOp!)}
            </dd>
            <dt className="font-medium">Motivering</dt>
            <dd className="whitespace-pre-wrap">{v.motivering}</dd>
            {v.eigenVerklaring && (
              <>
                <dt className="font-medium">Eigen verklaring</dt>
                <dd className="whitespace-pre-wrap">{v.eigenVerklaring}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {inzage && (
        <section aria-labelledby="afschrift-kop" className="mb-8 max-w-3xl">
          <h2 id="afschrift-kop" className="mb-2 text-xl font-semibold">
            Afschrift
          </h2>
          <p className="mb-3">
            Het afschrift bevat de gegevens van deze persoon uit alle dossiers waarin hij of zij staat, de
            journaalregels die u hieronder als deelbaar aanmerkt en wie de dossiers heeft ingezien. De identiteit van
            een anonieme melder, contactgegevens van melders, andere betrokkenen en geheime adressen staan er nooit in.
          </p>
          <AfschriftRegelsForm id={v.id} regels={inzage.regels} open={!v.besluit} />
          <p className="mt-4">
            <a className="font-medium underline" href={`/api/verzoeken/${v.id}/afschrift`} download>
              Afschrift maken (PDF)
            </a>
          </p>
        </section>
      )}
      {!v.besluit && (
        <>
          {!v.verlengd && !v.verlopen && <VerzoekVerlengenForm id={v.id} version={v.version} />}
          <VerzoekBesluitForm id={v.id} version={v.version} correctie={v.soortCode === "CORRECTIE"} vandaag={vandaag} />
        </>
      )}
    </>
  );
}
