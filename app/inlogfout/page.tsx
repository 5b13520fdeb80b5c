import Link from "next/link";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Inloggen niet gelukt — Veilig Thuis" };

// next-auth's error page (lib/auth/options.ts), in Dutch; the technical code is not shown.
export default function InlogFout() {
  return (
    <main className="mx-auto mt-24 max-w-sm rounded border border-slate-300 bg-white p-8">
      <h1 className="mb-2 text-2xl font-semibold">Inloggen is niet gelukt</h1>
      <p className="mb-4">Probeer het opnieuw. Lukt het niet, neem dan contact op met de functioneel beheerder.</p>
      <Link href="/login">Naar de inlogpagina</Link>
    </main>
  );
}
