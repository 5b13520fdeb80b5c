// The app's one clock: every "today" and every decision time stamp comes from here.
//
// Tests that need a known today set VT_TEST_CLOCK to an ISO instant (e.g. 2026-11-23T10:00:00+01:00): the
// process then starts at that moment and time runs on from there. The variable is honoured only where tests
// run: under Vitest, or in demo mode (the embedded database or VT_DEMO=1, which hold no real data). A production
// process with VT_TEST_CLOCK set refuses to run rather than ignore it (docs/decisions/010-test-clock.md).
// In the browser there is no process environment: the browser's own clock is used (Playwright's page.clock).
import { isDemoMode } from "../config/mode";

const env: Partial<NodeJS.ProcessEnv> = typeof process !== "undefined" && process.env ? process.env : {};

function offsetFrom(value: string | undefined): number {
  if (!value) return 0;
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw new Error(`VT_TEST_CLOCK is not an ISO instant: ${value}`);
  if (!env.VITEST && !isDemoMode(env)) {
    throw new Error("VT_TEST_CLOCK is set in production mode (DATABASE_URL without VT_DEMO=1): refusing to run.");
  }
  return at - Date.now();
}

const offset = offsetFrom(env.VT_TEST_CLOCK);

/** The current moment. */
export function now(): Date {
  return new Date(Date.now() + offset);
}
