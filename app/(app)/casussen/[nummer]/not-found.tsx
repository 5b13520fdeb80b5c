import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { roleHas } from "@/lib/auth/permissions";
import { NoodtoegangForm } from "@/components/noodtoegang/noodtoegang-form";
import { NOODTOEGANG_UREN } from "@/lib/noodtoegang/schema";

// Shown for an unknown casusnummer and for a casus outside the user's access alike: no hint that it exists. A role
// that may break the glass can ask for noodtoegang here (lib/noodtoegang/commands.ts checks that the casus exists).
export default async function CasusGeenToegang() {
  const user = await getCurrentUser();
  const nood = !!user && !user.pending && roleHas(user.role, "noodtoegang:use");
  return (
    <div className="max-w-2xl rounded border border-slate-300 bg-white p-8">
      <h1 className="mb-2 text-2xl font-semibold">Geen toegang</h1>
      <p className="mb-4">
        Deze casus bestaat niet of valt buiten uw toegang (uw caseload of de voordeur). Deze poging is vastgelegd.
      </p>
      <p className="mb-6 flex gap-4">
        <Link href="/zoeken">Zoeken</Link>
        <Link href="/">Naar uw startpagina</Link>
      </p>
      {nood && (
        <section aria-labelledby="noodtoegang-kop" className="rounded border border-red-300 bg-red-50 p-4">
          <h2 id="noodtoegang-kop" className="mb-2 text-lg font-semibold">
            Noodtoegang
          </h2>
          <p className="mb-3 text-sm">
            Alleen als u deze casus nu nodig heeft voor de veiligheid van een betrokkene en de casemanager of de
            voordeur niet kan helpen. U krijgt {NOODTOEGANG_UREN} uur leestoegang; alles wordt gemarkeerd vastgelegd, de
            teamleiders krijgen een signaal en de privacy officer controleert het gebruik.
          </p>
          <NoodtoegangForm />
        </section>
      )}
    </div>
  );
}
