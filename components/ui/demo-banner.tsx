import { isDemoMode } from "@/lib/config/mode";

// On every page of a demo installation (the embedded database, or VT_DEMO=1), so nobody mistakes it for the real one.
export function DemoBanner() {
  if (!isDemoMode()) return null;
  return (
    <p role="note" className="bg-amber-300 px-4 py-1 text-center font-semibold text-amber-950">
      Demo-omgeving — geen echte gegevens invoeren
    </p>
  );
}
