import { requireUser } from "@/lib/auth/guard";
import { navFor } from "@/lib/auth/navigation";
import { ROLE_LABELS, roleHas } from "@/lib/auth/permissions";
import { ongelezenSignalen } from "@/lib/signaal/queries";
import { AppHeader } from "@/components/app-header";
import { SessionTimer } from "@/components/session-timer";
import { IDLE_TIMEOUT_MS } from "@/lib/auth/session-policy";
import { NoodtoegangBanner } from "@/components/noodtoegang/noodtoegang-banner";

const tijd = new Intl.DateTimeFormat("nl-NL", { timeStyle: "short", timeZone: "Europe/Amsterdam" });

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader
        items={navFor(user.role, user.grants)}
        userName={user.username}
        roleLabel={ROLE_LABELS[user.role]}
        ongelezen={roleHas(user.role, "signalen:view") ? await ongelezenSignalen(user) : null}
      />
      <NoodtoegangBanner
        actief={(user.nood ?? []).map((n) => ({ id: n.id, casusnummer: n.casusnummer, tot: tijd.format(n.eindOp) }))}
      />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      <SessionTimer idleMs={IDLE_TIMEOUT_MS} />
    </>
  );
}
