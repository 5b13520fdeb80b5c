"use client";
// The session ended while a form was open: log in again here, without leaving the page, so the input stays.
import { Dialog } from "@/components/ui/dialog";
import { LoginForm } from "@/components/login-form";

export function SessionExpiredDialog({ open, onLoggedIn }: { open: boolean; onLoggedIn: () => void }) {
  return (
    <Dialog open={open} title="Uw sessie is verlopen" onClose={() => {}}>
      <p className="mb-4">
        Log opnieuw in om verder te gaan. Wat u heeft ingevuld blijft in het formulier staan; het is nog niet
        opgeslagen.
      </p>
      <LoginForm onLoggedIn={onLoggedIn} />
    </Dialog>
  );
}
