import Link from "next/link";
import { PageTitle } from "@/components/page-title";

/** What a casus or dienst outside the user's scope (or that does not exist) shows: the same for both. */
export function NietGevonden() {
  return (
    <>
      <PageTitle title="Niet gevonden" />
      <p className="mb-4">Dit dossier bestaat niet of u heeft er geen toegang toe.</p>
      <p>
        <Link href="/" className="underline">
          Naar uw startpagina
        </Link>
      </p>
    </>
  );
}
