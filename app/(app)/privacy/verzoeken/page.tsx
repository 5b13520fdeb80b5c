import Link from "next/link";
import { requirePage } from "@/lib/auth/guard";
import { PageTitle } from "@/components/page-title";
import { VerzoekNieuwForm } from "@/components/privacy/verzoek-forms";
import { listVerzoeken } from "@/lib/verzoek/queries";
import { formatDatumNl, parseIsoDate, toIsoDate, todayInAmsterdam } from "@/lib/domain/dates";
import { Disclosure } from "@/components/casus/disclosure";

const datum = (s: string) => formatDatumNl(parseIsoDate(s)!);

export default async function Verzoeken() {
  const user = await requirePage("verzoek:write");
  const verzoeken = await listVerzoeken(user);
  return (
    <>
      <PageTitle
        title="Verzoeken van betrokkenen"
        intro="Inzage, correctie, verwijdering of beperking (AVG, Wmo): binnen een maand beslissen, één keer te verlengen met twee maanden."
      />
      <div className="mb-6">
        <Disclosure summary="Nieuw verzoek registreren">
          <VerzoekNieuwForm vandaag={toIsoDate(todayInAmsterdam())} />
        </Disclosure>
      </div>
      {verzoeken.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-6">Geen verzoeken.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Verzoeken, open eerst, vroegste termijn eerst</caption>
          <thead>
            <tr className="border-b">
              {["Verzoek", "Persoon", "Casus", "Ontvangen", "Termijn", "Besluit"].map((h) => (
                <th key={h} scope="col" className="p-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {verzoeken.map((v) => (
              <tr key={v.id} className="border-b">
                <td className="p-2">
                  <Link href={`/privacy/verzoeken/${v.id}`}>{v.soort}</Link>
                </td>
                <td className="p-2">{v.persoon}</td>
                <td className="p-2">{v.casusnummer}</td>
                <td className="p-2">{datum(v.ontvangenOp)}</td>
                <td className="p-2">
                  {datum(v.termijnOp)}
                  {v.verlengd && " (verlengd)"}
                  {v.verlopen && <strong className="ml-1 text-red-800">verlopen</strong>}
                </td>
                <td className="p-2">{v.besluit ?? "open"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
