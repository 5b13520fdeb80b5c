"use client";
// Switches an account on or off; a refusal (stale list, own account) is shown, never a server error page.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setUserActiveAction } from "@/lib/beheer/actions";

export function UserActiveButton({
  userId,
  username,
  active,
  version,
}: {
  userId: number;
  username: string;
  active: boolean;
  version: number;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const toggle = () =>
    start(async () => {
      setMessage(null);
      const r = await setUserActiveAction({ userId, version, active: !active });
      if (r.ok) router.refresh();
      else setMessage(r.message);
    });
  return (
    <div>
      <button
        type="button"
        onClick={toggle}
        disabled={pending}
        className="rounded border border-slate-400 px-2 py-1 text-sm"
      >
        {active ? `${username} uitschakelen` : `${username} inschakelen`}
      </button>
      {message && (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
