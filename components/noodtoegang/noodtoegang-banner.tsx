"use client";
// On every page while a noodtoegang lasts: which casus, until when, and ending it now.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { beeindigNoodtoegangAction } from "@/lib/noodtoegang/actions";

export type BannerNoodtoegang = { id: number; casusnummer: string; tot: string };

export function NoodtoegangBanner({ actief }: { actief: BannerNoodtoegang[] }) {
  const router = useRouter();
  const [bezig, start] = useTransition();
  if (actief.length === 0) return null;
  return (
    <section aria-label="Noodtoegang actief" className="bg-red-800 px-4 py-2 text-white">
      {actief.map((n) => (
        <p key={n.id} className="mx-auto flex max-w-6xl flex-wrap items-center gap-3">
          <strong>Noodtoegang actief</strong>
          <span>
            tot casus{" "}
            <Link href={`/casussen/${n.casusnummer}`} className="text-white underline">
              {n.casusnummer}
            </Link>{" "}
            tot {n.tot}. Alles wat u daar doet wordt gemarkeerd vastgelegd.
          </span>
          <button
            type="button"
            className="rounded border border-white px-2 py-0.5"
            disabled={bezig}
            onClick={() =>
              start(async () => {
                await beeindigNoodtoegangAction({ id: n.id });
                router.refresh();
              })
            }
          >
            Noodtoegang beëindigen
          </button>
        </p>
      ))}
    </section>
  );
}
