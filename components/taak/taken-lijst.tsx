"use client";
// Open tasks, the earliest due first; an overdue one is marked in words and colour. Afronden per task.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TaakRij } from "@/lib/taak/queries";
import { completeTaakAction } from "@/lib/taak/actions";
import { datumNl } from "@/components/format-datum";

export function TakenLijst({
  taken,
  metAfronden = true,
  label,
}: {
  taken: TaakRij[];
  metAfronden?: boolean;
  label: string;
}) {
  const router = useRouter();
  const [bezig, start] = useTransition();
  const [fout, setFout] = useState<string | null>(null);
  if (taken.length === 0) return <p className="text-slate-700">Geen open taken.</p>;
  const afronden = (t: TaakRij) =>
    start(async () => {
      const r = await completeTaakAction({ id: t.id, version: t.version });
      setFout(r.ok ? null : r.message);
      router.refresh();
    });
  return (
    <>
      {fout && (
        <p role="alert" className="mb-2 font-medium text-red-700">
          {fout}
        </p>
      )}
      <ul aria-label={label} className="divide-y divide-slate-200 rounded border border-slate-300 bg-white">
        {taken.map((t) => (
          <li
            key={t.id}
            className={`flex flex-wrap items-center gap-3 p-3 ${t.verlopen ? "border-l-4 border-l-red-700 bg-red-50" : ""}`}
            data-testid="taak"
          >
            <span className="flex-1">
              <span className="font-medium">{t.titel}</span>
              {t.casusnummer && (
                <>
                  {" "}
                  · <Link href={`/casussen/${t.casusnummer}`}>{t.casusnummer}</Link>
                </>
              )}
              {!t.eigen && <span className="text-slate-700"> · voor {t.aan}</span>}
              {t.eigen && t.door !== t.aan && <span className="text-slate-700"> · van {t.door}</span>}
            </span>
            <span className={t.verlopen ? "font-semibold text-red-800" : "text-slate-700"}>
              {t.verlopen ? `Verlopen: uiterlijk ${datumNl(t.deadline)}` : `Uiterlijk ${datumNl(t.deadline)}`}
            </span>
            {metAfronden && (
              <button
                type="button"
                className="rounded border border-slate-500 px-2 py-0.5 text-sm"
                disabled={bezig}
                onClick={() => afronden(t)}
              >
                Afronden<span className="sr-only">: {t.titel}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
