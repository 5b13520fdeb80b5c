"use client";
// The beheerder's actions on one account: role, on/off, reset (asks first), unlock. Refusals are shown here.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { resetUserAction, setUserActiveAction, setUserRoleAction, unlockUserAction } from "@/lib/beheer/actions";
import type { ActionResult } from "@/lib/auth/action-result";
import type { GebruikerRij } from "@/lib/beheer/queries";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { EenmaligWachtwoord } from "./eenmalig-wachtwoord";

const knop = "rounded border border-slate-400 px-2 py-1 text-sm";

export function GebruikerActies({ u, rollen }: { u: GebruikerRij; rollen: { value: string; label: string }[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [nieuw, setNieuw] = useState<{ username: string; password: string } | null>(null);
  const [vraagReset, setVraagReset] = useState(false);
  const [pending, start] = useTransition();
  const ref = { userId: u.id, version: u.version };
  const run = <R,>(work: () => Promise<ActionResult<R>>, done?: (r: R) => void) =>
    start(async () => {
      setMessage(null);
      const r = await work();
      if (!r.ok) return setMessage(r.message);
      done?.(r.data);
      router.refresh();
    });
  return (
    <div className="flex flex-col gap-2">
      {nieuw && <EenmaligWachtwoord {...nieuw} />}
      <div className="flex flex-wrap items-center gap-2">
        <label className="text-sm">
          <span className="sr-only">Rol van {u.username}</span>
          <select
            aria-label={`Rol van ${u.username}`}
            defaultValue={u.role}
            disabled={pending}
            className="rounded border border-slate-400 px-1 py-1 text-sm"
            onChange={(e) => run(() => setUserRoleAction({ ...ref, role: e.target.value as GebruikerRij["role"] }))}
          >
            {rollen.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={knop}
          disabled={pending}
          onClick={() => run(() => setUserActiveAction({ ...ref, active: !u.active }))}
        >
          {u.active ? `${u.username} uitschakelen` : `${u.username} inschakelen`}
        </button>
        <button type="button" className={knop} disabled={pending} onClick={() => setVraagReset(true)}>
          {u.username} resetten
        </button>
        {u.mislukt > 0 && (
          <button type="button" className={knop} disabled={pending} onClick={() => run(() => unlockUserAction(ref))}>
            {u.username} ontgrendelen
          </button>
        )}
      </div>
      {message && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {message}
        </p>
      )}
      <ConfirmDialog
        open={vraagReset}
        title={`${u.username} resetten?`}
        body={`${u.displayName} krijgt een nieuw eenmalig wachtwoord en stelt de tweede factor opnieuw in. Alle sessies van dit account worden direct beëindigd; de oude herstelcodes vervallen.`}
        confirmLabel="Resetten"
        onCancel={() => setVraagReset(false)}
        onConfirm={() => {
          setVraagReset(false);
          run(() => resetUserAction(ref), setNieuw);
        }}
      />
    </div>
  );
}
