"use client";
// One's active sessions; any other one can be ended from here.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { endOwnSessionAction } from "@/lib/account/actions";
import { momentNl } from "@/components/format-datum";
import type { AccountView } from "@/lib/account/queries";

export function Sessies({ sessions }: { sessions: AccountView["sessions"] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const end = (id: string) =>
    start(async () => {
      const r = await endOwnSessionAction({ sessionId: id });
      setMessage(r.ok ? "De sessie is beëindigd." : r.message);
      router.refresh();
    });
  return (
    <>
      {message && (
        <p role="status" className="mb-2">
          {message}
        </p>
      )}
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">Uw actieve sessies</caption>
        <thead>
          <tr className="border-b">
            {["Ingelogd", "Laatst actief", "Adres", ""].map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} className="border-b">
              <td className="p-2">{momentNl(s.sinds)}</td>
              <td className="p-2">{momentNl(s.laatst)}</td>
              <td className="p-2">{s.adres}</td>
              <td className="p-2">
                {s.huidige ? (
                  "Deze sessie"
                ) : (
                  <button
                    type="button"
                    disabled={pending}
                    onClick={() => end(s.id)}
                    className="rounded border border-slate-400 px-2 py-1 text-sm"
                  >
                    Beëindigen
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
