import Link from "next/link";
import type { NavItem } from "@/lib/auth/navigation";
import { logoutAction } from "@/lib/auth/logout";

export function AppHeader({
  items,
  userName,
  roleLabel,
  ongelezen,
}: {
  items: NavItem[];
  userName: string;
  roleLabel: string;
  /** Unread signals; null for a role without signals. */
  ongelezen: number | null;
}) {
  return (
    <header className="border-b border-slate-300 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900 no-underline">
          Veilig Thuis
        </Link>
        <nav aria-label="Hoofdmenu" className="flex-1">
          <ul className="flex flex-wrap gap-4">
            {items.map((i) => (
              <li key={i.href}>
                <Link href={i.href}>{i.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {ongelezen !== null && (
          <Link
            href="/signalen"
            className="rounded border border-slate-400 px-2 py-1 text-sm no-underline"
            data-testid="signalen-bel"
          >
            <span aria-hidden="true">🔔</span> Signalen{" "}
            {ongelezen > 0 ? (
              <span className="rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white">
                {ongelezen}
                <span className="sr-only"> ongelezen</span>
              </span>
            ) : (
              <span className="sr-only">(geen ongelezen)</span>
            )}
          </Link>
        )}
        <span className="text-sm text-slate-700">
          <span data-testid="gebruiker">{userName}</span> · {roleLabel} · <Link href="/account">Mijn account</Link>
        </span>
        <form action={logoutAction}>
          <button type="submit" className="rounded border border-slate-400 px-3 py-1 text-sm">
            Uitloggen
          </button>
        </form>
      </div>
    </header>
  );
}
