// Login limits that can not be turned against a user. Failures slow down an account only for the address they
// come from (progressive delays), so guessing from elsewhere never locks a worker out; an address that fails
// too often in a window is stopped altogether. Pure, so it can be unit-tested.
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** How long an account must wait at this address after its n-th recent failure there: 1, 2, 4 … 60 s. */
export function delayAfter(failures: number): number {
  return failures <= 0 ? 0 : Math.min(60_000, 1000 * 2 ** (failures - 1));
}

export type LimitVerdict =
  { ok: true } | { ok: false; reason: "address" } | { ok: false; reason: "wait"; seconds: number };

export function judgeAttempt(
  o: { byAddress: number; byAccountHere: number; lastFailureHere: Date | null },
  now: Date,
): LimitVerdict {
  if (o.byAddress >= MAX_FAILURES_PER_ADDRESS) return { ok: false, reason: "address" };
  if (!o.lastFailureHere) return { ok: true };
  const wait = o.lastFailureHere.getTime() + delayAfter(o.byAccountHere) - now.getTime();
  return wait > 0 ? { ok: false, reason: "wait", seconds: Math.ceil(wait / 1000) } : { ok: true };
}
