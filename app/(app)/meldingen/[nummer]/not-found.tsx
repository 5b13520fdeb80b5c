import Link from "next/link";

export default function MeldingNietGevonden() {
  return (
    <div className="max-w-lg rounded border border-slate-300 bg-white p-8">
      <h1 className="mb-2 text-2xl font-semibold">Melding niet gevonden</h1>
      <p className="mb-4">Deze melding bestaat niet of u heeft er geen toegang toe.</p>
      <Link className="underline" href="/">
        Naar uw startpagina
      </Link>
    </div>
  );
}
