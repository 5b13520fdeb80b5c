import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { logoutAction } from "@/lib/auth/logout";
import { getAccount } from "@/lib/account/queries";
import { startTotpEnrolment } from "@/lib/account/commands";
import { EigenWachtwoordForm } from "@/components/account/eigen-wachtwoord-form";
import { TotpEnrolForm } from "@/components/account/totp-enrol-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Account instellen — Veilig Thuis" };

// The first login (a new account, or after a reset): a password of one's own, then the second factor. No other
// page opens before both are done (lib/auth/guard.ts, lib/auth/authorize.ts).
export default async function AccountInstellen() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const account = await getAccount(user);
  const step = account.mustChangePassword ? "wachtwoord" : account.totpNeeded ? "totp" : null;
  const enrolment = step === "totp" ? await startTotpEnrolment({}, user) : null;
  return (
    <main className="mx-auto mt-12 max-w-2xl rounded border border-slate-300 bg-white p-8">
      <h1 className="mb-1 text-2xl font-semibold">Uw account instellen</h1>
      <p className="mb-6 text-slate-700">
        Welkom, {account.naam}. {step === "wachtwoord" && "Stap 1 van 2: kies een eigen wachtwoord."}
        {step === "totp" && "Stap 2 van 2: stel de tweede factor in (een code uit een app op uw telefoon)."}
        {!step && "Uw account is ingesteld."}
      </p>
      {step === "wachtwoord" && <EigenWachtwoordForm />}
      {enrolment && <TotpEnrolForm qr={enrolment.qr} secret={enrolment.secret} />}
      {!step && (
        <Link href="/" className="font-medium">
          Naar uw startpagina
        </Link>
      )}
      <form action={logoutAction} className="mt-8">
        <button type="submit" className="rounded border border-slate-400 px-3 py-1 text-sm">
          Uitloggen
        </button>
      </form>
    </main>
  );
}
