// Session lifetimes, pure so they can be unit-tested.
export const IDLE_TIMEOUT_MS = 15 * 60 * 1000;
export const ABSOLUTE_LIFETIME_MS = 10 * 60 * 60 * 1000;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type SessionRow = { endedAt: Date | null; lastSeenAt: Date; expiresAt: Date; userActive: boolean };

/** Why a session can no longer be used, or null when it is valid at `now`. */
export function sessionEndReason(s: SessionRow, now: Date): string | null {
  if (s.endedAt) return "ended";
  if (!s.userActive) return "account_disabled";
  if (now.getTime() >= s.expiresAt.getTime()) return "absolute_timeout";
  if (now.getTime() - s.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS) return "idle_timeout";
  return null;
}
