"use client";
// Warns two minutes before the session ends for inactivity, with "Blijf ingelogd"; at the end, says so and goes to
// the login page. Every navigation and every saved form counts as activity (the server touches the session then).
import { useCallback, useEffect, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { keepSessionAliveAction } from "@/lib/account/actions";
import { Dialog } from "@/components/ui/dialog";
import { buttonClass } from "@/components/forms/field";

export const SERVER_CONTACT = "vt:server-contact";
const WARN_BEFORE_MS = 2 * 60 * 1000;

export function SessionTimer({ idleMs }: { idleMs: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const [contact, setContact] = useState(0);
  // The warning belongs to one stretch of inactivity: a navigation or a save starts a new one.
  const stretch = `${pathname}#${contact}`;
  const [warned, setWarned] = useState<string | null>(null);
  const touched = useCallback(() => setContact((n) => n + 1), []);

  useEffect(() => {
    window.addEventListener(SERVER_CONTACT, touched);
    return () => window.removeEventListener(SERVER_CONTACT, touched);
  }, [touched]);

  useEffect(() => {
    const warn = setTimeout(() => setWarned(stretch), Math.max(0, idleMs - WARN_BEFORE_MS));
    const end = setTimeout(() => router.replace("/login"), idleMs);
    document.body.dataset.sessieTimer = stretch; // the timers of this stretch run (the journeys wait for it)
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [stretch, idleMs, router]);

  const stay = async () => {
    const r = await keepSessionAliveAction();
    if (r.ok) touched();
    else router.replace("/login");
  };
  return (
    <Dialog open={warned === stretch} title="U wordt bijna uitgelogd" onClose={stay}>
      <p className="mb-4">
        U bent een tijd niet actief geweest. Over twee minuten wordt u uitgelogd; wat u nog niet heeft opgeslagen,
        blijft dan niet bewaard.
      </p>
      <button type="button" className={buttonClass} onClick={stay} autoFocus>
        Blijf ingelogd
      </button>
    </Dialog>
  );
}
