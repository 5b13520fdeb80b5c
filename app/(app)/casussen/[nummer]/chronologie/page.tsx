import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/guard";
import { zNummer } from "@/lib/dienst/schema";
import { getChronologie } from "@/lib/journaal/chronologie";
import { formatDatumTijdNl } from "@/lib/domain/datum-tijd";
import { datumNl } from "@/components/format-datum";
import { PageTitle } from "@/components/page-title";
import { Kruimelpad } from "@/components/ui/kruimelpad";
import { EmptyLine } from "@/components/ui/section";
import { PrintKnop } from "@/components/journaal/print-knop";

export default async function ChronologiePage({ params }: { params: Promise<{ nummer: string }> }) {
  const user = await requirePage("casus:read");
  const { nummer } = await params;
  const c = zNummer.safeParse(nummer).success ? await getChronologie(user, nummer) : null;
  if (!c) notFound();
  return (
    <>
      <Kruimelpad casusnummer={c.nummer} huidige="Chronologie" />
      <PageTitle
        title={`Chronologie casus ${c.nummer}`}
        intro="Belangrijke gebeurtenissen uit het journaal, meldingen, beoordelingen, diensten, overdrachten en monitoring, oudste eerst."
      />
      <p className="mb-4">
        <PrintKnop />
      </p>
      {c.items.length === 0 ? (
        <EmptyLine>Er is nog niets vastgelegd.</EmptyLine>
      ) : (
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Chronologie van casus {c.nummer}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2">
                Datum
              </th>
              <th scope="col" className="p-2">
                Soort
              </th>
              <th scope="col" className="p-2">
                Gebeurtenis
              </th>
            </tr>
          </thead>
          <tbody>
            {c.items.map((i, n) => (
              <tr key={n} className="border-b border-slate-200 align-top">
                <td className="p-2 whitespace-nowrap">
                  {i.at.length > 10 ? formatDatumTijdNl(new Date(i.at)) : datumNl(i.at)}
                </td>
                <td className="p-2">{i.soort}</td>
                <td className="p-2">
                  <p>{i.titel}</p>
                  {i.tekst && <p className="mt-1 whitespace-pre-wrap text-slate-800">{i.tekst}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
