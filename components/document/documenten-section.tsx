// The documents of a casus: title, kind, date, what it belongs to, size; download through the audited route.
// The teamleider can withdraw one (it leaves the dossier and stays for the audit).
import Link from "next/link";
import type { DocumentView } from "@/lib/document/queries";
import { DOCUMENT_SOORTEN } from "@/lib/document/soorten";
import { datumNl } from "@/components/format-datum";
import { EmptyLine, Section } from "@/components/ui/section";
import { Disclosure } from "@/components/casus/disclosure";
import { DocumentIntrekkenForm } from "./document-intrekken-form";

const linkButton = "inline-block rounded bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900";

export function grootteNl(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;
}

export function DocumentenSection({
  casusnummer,
  documenten,
  magToevoegen,
  magIntrekken,
}: {
  casusnummer: string;
  documenten: DocumentView[];
  magToevoegen: boolean;
  magIntrekken: boolean;
}) {
  return (
    <Section
      id="documenten"
      title="Documenten"
      count={documenten.length}
      actions={
        magToevoegen && (
          <Link href={`/casussen/${casusnummer}/documenten/nieuw`} className={linkButton}>
            Document toevoegen
          </Link>
        )
      }
    >
      {documenten.length === 0 ? (
        <EmptyLine>Er zijn geen documenten.</EmptyLine>
      ) : (
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Documenten van casus {casusnummer}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">
                Titel
              </th>
              <th scope="col" className="p-2">
                Soort
              </th>
              <th scope="col" className="p-2">
                Datum
              </th>
              <th scope="col" className="p-2">
                Hoort bij
              </th>
              <th scope="col" className="p-2">
                Toegevoegd
              </th>
              <th scope="col" className="p-2">
                Bestand
              </th>
            </tr>
          </thead>
          <tbody>
            {documenten.map((d) => (
              <tr key={d.id} className="border-b border-slate-200 align-top">
                <td className="p-2">{d.titel}</td>
                <td className="p-2">{DOCUMENT_SOORTEN[d.soort]}</td>
                <td className="p-2">{datumNl(d.datum)}</td>
                <td className="p-2">{d.hoortBij ?? "de casus"}</td>
                <td className="p-2">
                  {d.toegevoegdDoor}, {datumNl(d.toegevoegdOp.slice(0, 10))}
                </td>
                <td className="p-2">
                  <a href={`/api/documenten/${d.id}`} download={d.bestandsnaam}>
                    Downloaden<span className="sr-only"> {d.titel}</span>
                  </a>{" "}
                  <span className="text-sm text-slate-700">
                    ({d.bestandsnaam}, {grootteNl(d.grootte)})
                  </span>
                  {magIntrekken && (
                    <Disclosure summary="Intrekken" srSuffix={d.titel}>
                      <DocumentIntrekkenForm id={d.id} version={d.version} titel={d.titel} />
                    </Disclosure>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
