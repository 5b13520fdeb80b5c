import Link from "next/link";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Pagina niet gevonden — Veilig Thuis" };

export default function NotFound() {
  return (
    <main className="mx-auto mt-24 max-w-lg rounded border border-slate-300 bg-white p-8">
      <h1 className="mb-2 text-2xl font-semibold">Pagina niet gevonden</h1>
      <p className="mb-4">Deze pagina bestaat niet, of u heeft er geen toegang toe.</p>
      <Link href="/">Naar uw startpagina</Link>
    </main>
  );
}
