"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

/** Polls the progress of a delivery being built and refreshes the page when it is done. */
export function Voortgang({ id }: { id: number }) {
  const router = useRouter();
  const [state, setState] = useState<{ records: number; done: boolean; error: string | null }>({
    records: 0,
    done: false,
    error: null,
  });
  useEffect(() => {
    const t = setInterval(async () => {
      const r = await fetch(`/api/leveringen/${id}/voortgang`, { cache: "no-store" });
      if (!r.ok) return;
      const s = await r.json();
      setState(s);
      if (s.done) {
        clearInterval(t);
        router.refresh();
      }
    }, 1000);
    return () => clearInterval(t);
  }, [id, router]);
  return (
    <p role="status" className="rounded border border-blue-700 bg-blue-50 p-3">
      {state.error ?? `Het bestand wordt aangemaakt… ${state.records.toLocaleString("nl-NL")} records geschreven.`}
    </p>
  );
}
