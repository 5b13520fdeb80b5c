import Link from "next/link";

// Shown for an unknown casusnummer and for a casus outside the user's caseload alike: no hint that it exists.
export default function CasusNietGevonden() {
  return (
    <div className="max-w-lg rounded border border-slate-300 bg-white p-8">
      <h1 className="mb-2 text-2xl font-semibold">Casus niet gevonden</h1>
      <p className="mb-4">Deze casus bestaat niet of valt buiten uw caseload. Deze poging is vastgelegd.</p>
      <p className="flex gap-4">
        <Link href="/zoeken">Zoeken</Link>
        <Link href="/">Naar uw startpagina</Link>
      </p>
    </div>
  );
}
