import Link from "next/link";
import type { CasusOverview } from "@/lib/casus/overview-types";
import { AssignCasemanagerForm } from "./assign-casemanager-form";
import { Disclosure } from "./disclosure";
import { Section } from "@/components/ui/section";

const actionClass = "inline-block rounded bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900";

/** The steps this user may take now; nothing on a closed casus. */
export function CasusActies({ c }: { c: CasusOverview }) {
  const niets = c.acties.length === 0 && c.afsluitenBlokkades.length === 0 && !c.mayAssign;
  if (niets) return null;
  return (
    <Section id="acties" title="Volgende stappen">
      {c.acties.length > 0 && (
        <ul className="mb-3 flex flex-wrap gap-3">
          {c.acties.map((a) => (
            <li key={a.href}>
              <Link className={actionClass} href={a.href}>
                {a.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {c.afsluitenBlokkades.length > 0 && (
        <div className="mb-3">
          <p className="font-medium">De casus kan nog niet worden afgesloten:</p>
          <ul className="list-disc pl-6">
            {c.afsluitenBlokkades.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {c.mayAssign && (
        <Disclosure summary={c.casemanager ? "Andere casemanager toewijzen" : "Casemanager toewijzen"}>
          <AssignCasemanagerForm
            casusId={c.id}
            version={c.version}
            nummer={c.nummer}
            huidigId={c.casemanager?.id ?? null}
            opties={c.casemanagerOpties}
          />
        </Disclosure>
      )}
    </Section>
  );
}
