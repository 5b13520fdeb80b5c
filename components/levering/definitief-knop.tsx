"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { definitiefMakenAction } from "@/lib/levering/actions";
import { buttonClass } from "@/components/forms/field";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";

export function DefinitiefKnop({ id, bestandsnaam }: { id: number; bestandsnaam: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [pending, start] = useTransition();
  const maakDefinitief = () =>
    start(async () => {
      setAsking(false);
      const r = await definitiefMakenAction({ id });
      if (r.ok) router.refresh();
      else setMessage(r.message);
    });
  return (
    <div>
      {message && (
        <p role="alert" className="mb-2 rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {message}
        </p>
      )}
      <button type="button" className={buttonClass} disabled={pending} onClick={() => setAsking(true)}>
        Definitief maken
      </button>
      <ConfirmDialog
        open={asking}
        title={`${bestandsnaam} definitief maken?`}
        body="De levering wordt definitief en verandert daarna nooit meer. Een fout die later wordt gevonden, herstelt u met een correctielevering van de hele periode."
        confirmLabel="Definitief maken"
        onConfirm={maakDefinitief}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}
