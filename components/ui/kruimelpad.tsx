// The path back to the casus on the pages of its steps.
import Link from "next/link";

export function Kruimelpad({ casusnummer, huidige }: { casusnummer: string; huidige: string }) {
  return (
    <nav aria-label="Kruimelpad" className="mb-2 text-sm print:hidden">
      <ol className="flex flex-wrap gap-2">
        <li>
          <Link href={`/casussen/${casusnummer}`} className="underline">
            Casus {casusnummer}
          </Link>{" "}
          <span aria-hidden="true">›</span>
        </li>
        <li aria-current="page">{huidige}</li>
      </ol>
    </nav>
  );
}
