"use client";
// My signals, newest first; each opens what it is about. "Gelezen" per signal, or all at once.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { SignaalRij } from "@/lib/signaal/queries";
import { markeerSignalenGelezenAction } from "@/lib/signaal/actions";
import { formatDatumTijdNl } from "@/lib/domain/datum-tijd";

export function SignalenLijst({ rijen }: { rijen: SignaalRij[] }) {
  const router = useRouter();
  const [bezig, start] = useTransition();
  const markeer = (input: { ids?: number[]; alle?: boolean }) =>
    start(async () => {
      await markeerSignalenGelezenAction(input);
      router.refresh();
    });
  if (rijen.length === 0) return <p className="rounded border border-slate-300 bg-white p-4">Geen signalen.</p>;
  return (
    <>
      <button
        type="button"
        className="mb-3 rounded border border-slate-500 px-3 py-1"
        disabled={bezig}
        onClick={() => markeer({ alle: true })}
      >
        Alles als gelezen markeren
      </button>
      <ul className="divide-y divide-slate-200 rounded border border-slate-300 bg-white">
        {rijen.map((s) => (
          <li
            key={s.id}
            className={`flex flex-wrap items-center gap-3 p-3 ${s.gelezen ? "" : "border-l-4 border-l-blue-800"}`}
            data-testid="signaal"
          >
            <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold">{s.soortLabel}</span>
            <Link href={s.href} className="flex-1" onClick={() => !s.gelezen && markeer({ ids: [s.id] })}>
              {s.tekst}
            </Link>
            <span className="text-sm text-slate-600">{formatDatumTijdNl(s.op)}</span>
            {!s.gelezen && (
              <button
                type="button"
                className="rounded border border-slate-400 px-2 py-0.5 text-sm"
                disabled={bezig}
                onClick={() => markeer({ ids: [s.id] })}
              >
                Gelezen<span className="sr-only">: {s.tekst}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
