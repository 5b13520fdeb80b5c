// Mijn taken on the start page: the open tasks for me, overdue ones marked. Nothing for a role without tasks.
import Link from "next/link";
import type { Actor } from "@/lib/auth/audit";
import { roleHas } from "@/lib/auth/permissions";
import { getMijnTaken } from "@/lib/taak/queries";
import { Section } from "@/components/ui/section";
import { TakenLijst } from "./taken-lijst";

export async function MijnTaken({ user }: { user: Actor }) {
  if (!roleHas(user.role, "taak:write")) return null;
  const { voorMij } = await getMijnTaken(user);
  const verlopen = voorMij.filter((t) => t.verlopen).length;
  return (
    <Section id="mijn-taken" title="Mijn taken" count={voorMij.length} boxed>
      {verlopen > 0 && (
        <p className="mb-2 font-semibold text-red-800">
          {verlopen === 1 ? "1 taak is verlopen." : `${verlopen} taken zijn verlopen.`}
        </p>
      )}
      <TakenLijst taken={voorMij} label="Mijn open taken" />
      <p className="mt-2">
        <Link href="/taken">Alle taken en een nieuwe taak</Link>
      </p>
    </Section>
  );
}
