"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { definitiefMakenAction } from "@/lib/levering/actions";
import { buttonClass } from "@/components/forms/field";

export function DefinitiefKnop({ id }: { id: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div>
      {message && <p role="alert" className="mb-2 rounded border border-red-700 bg-red-50 p-3 text-red-800">{message}</p>}
      <button type="button" className={buttonClass} disabled={pending} onClick={() => start(async () => {
        const r = await definitiefMakenAction({ id });
        if (r.ok) router.refresh(); else setMessage(r.message);
      })}>Definitief maken</button>
    </div>
  );
}
