import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LoginForm } from "@/components/login-form";
import { isDemoMode } from "@/lib/config/mode";

export const dynamic = "force-dynamic";

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <main className="mx-auto mt-24 max-w-sm rounded border border-slate-300 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">Veilig Thuis</h1>
      <p className="mb-6 text-slate-700">Registratiesysteem — log in met uw account.</p>
      <LoginForm />
      {isDemoMode() && (
        <p className="mt-6 text-sm text-slate-700">
          Demo-omgeving: de demo-accounts loggen in zonder tweede factor. In productie heeft elk account er een.
        </p>
      )}
    </main>
  );
}
