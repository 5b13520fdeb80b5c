"use client";
// An unexpected error while showing a page: a Dutch message, never a stack trace (the server logs it).
import Link from "next/link";

export default function Fout({ retry }: { error: unknown; retry?: () => void }) {
  return (
    <main className="mx-auto mt-24 max-w-lg rounded border border-slate-300 bg-white p-8">
      <h1 className="mb-2 text-2xl font-semibold">Er ging iets mis</h1>
      <p className="mb-4">
        De pagina kon niet worden getoond. Er is niets gewijzigd. Probeer het opnieuw; lukt het dan nog niet, neem
        contact op met de functioneel beheerder.
      </p>
      <div className="flex gap-4">
        {retry && (
          <button
            type="button"
            onClick={() => retry()}
            className="rounded bg-blue-800 px-4 py-2 font-medium text-white"
          >
            Opnieuw proberen
          </button>
        )}
        <Link href="/" className="px-4 py-2">
          Naar uw startpagina
        </Link>
      </div>
    </main>
  );
}
