"use client";
// An error in the root layout itself: this replaces the whole document, so it brings its own <html> and styles.
import "./globals.css";

export default function GlobaleFout({ retry }: { error: unknown; retry?: () => void }) {
  return (
    <html lang="nl">
      <body className="min-h-screen">
        <title>Er ging iets mis — Veilig Thuis</title>
        <main className="mx-auto mt-24 max-w-lg rounded border border-slate-300 bg-white p-8">
          <h1 className="mb-2 text-2xl font-semibold">Er ging iets mis</h1>
          <p className="mb-4">
            Het registratiesysteem kon deze pagina niet tonen. Er is niets gewijzigd. Probeer het opnieuw.
          </p>
          {retry && (
            <button
              type="button"
              onClick={() => retry()}
              className="rounded bg-blue-800 px-4 py-2 font-medium text-white"
            >
              Opnieuw proberen
            </button>
          )}
        </main>
      </body>
    </html>
  );
}
