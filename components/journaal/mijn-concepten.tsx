// The user's journaal concepts on their start page, oldest first, so none is forgotten. Nothing when there are none.
import Link from "next/link";
import type { Actor } from "@/lib/auth/audit";
import { roleHas } from "@/lib/auth/permissions";
import { getMijnConcepten } from "@/lib/journaal/queries";
import { JOURNAAL_SOORTEN, type JournaalSoort } from "@/lib/journaal/soorten";
import { formatDatumTijdNl } from "@/lib/domain/datum-tijd";
import { Section } from "@/components/ui/section";

export async function MijnConcepten({ user }: { user: Actor }) {
  if (!roleHas(user.role, "journaal:write")) return null;
  const concepten = await getMijnConcepten(user);
  if (concepten.length === 0) return null;
  return (
    <Section id="mijn-concepten" title="Mijn concepten in het journaal" count={concepten.length} boxed>
      <p className="mb-2">Deze journaalregels zijn nog niet vastgelegd. Alleen u ziet ze.</p>
      <ul className="list-disc pl-6">
        {concepten.map((c) => (
          <li key={c.id}>
            <Link href={`/casussen/${c.casus.nummer}/journaal/${c.id}`}>
              Casus {c.casus.nummer}: {JOURNAAL_SOORTEN[c.soort as JournaalSoort]} van {formatDatumTijdNl(c.datumTijd)}
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
