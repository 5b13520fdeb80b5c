import Link from "next/link";

export default function Geweigerd() {
  return (
    <div className="max-w-lg rounded border border-slate-300 bg-white p-8">
      <h1 className="mb-2 text-2xl font-semibold">Geen toegang</h1>
      <p className="mb-4">U heeft geen toegang tot deze pagina of handeling. Deze poging is vastgelegd.</p>
      <Link href="/">Naar uw startpagina</Link>
    </div>
  );
}
