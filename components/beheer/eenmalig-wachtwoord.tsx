// A one-time password, shown once to the beheerder to hand over in person or by phone.
export function EenmaligWachtwoord({ username, password }: { username: string; password: string }) {
  return (
    <div role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-4 text-green-950">
      <p className="mb-1">
        Eenmalig wachtwoord voor <strong>{username}</strong> (wordt niet nog eens getoond):
      </p>
      <p className="font-mono text-lg" data-testid="eenmalig-wachtwoord">
        {password}
      </p>
      <p className="mt-1 text-sm">
        Bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord en stelt de tweede factor in.
      </p>
    </div>
  );
}
