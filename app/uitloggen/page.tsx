import type { Metadata } from "next";
import { logoutAction } from "@/lib/auth/logout";

export const metadata: Metadata = { title: "Uitloggen — Veilig Thuis" };

// next-auth's sign-out page (lib/auth/options.ts), in Dutch: the same logout as the button in the header.
export default function Uitloggen() {
  return (
    <main className="mx-auto mt-24 max-w-sm rounded border border-slate-300 bg-white p-8">
      <h1 className="mb-2 text-2xl font-semibold">Uitloggen</h1>
      <p className="mb-4">Weet u zeker dat u wilt uitloggen?</p>
      <form action={logoutAction}>
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white">
          Uitloggen
        </button>
      </form>
    </main>
  );
}
