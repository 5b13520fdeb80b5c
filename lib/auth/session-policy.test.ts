import { expect, test } from "vitest";
import { sessionEndReason, IDLE_TIMEOUT_MS } from "./session-policy";

const now = new Date("2026-01-05T12:00:00Z");
const base = {
  endedAt: null,
  lastSeenAt: new Date(now.getTime() - 60_000),
  expiresAt: new Date(now.getTime() + 3_600_000),
  userActive: true,
};

test("a fresh session is valid", () => expect(sessionEndReason(base, now)).toBeNull());
test("15 minutes idle ends it", () =>
  expect(sessionEndReason({ ...base, lastSeenAt: new Date(now.getTime() - IDLE_TIMEOUT_MS) }, now)).toBe(
    "idle_timeout",
  ));
test("past the absolute lifetime ends it", () =>
  expect(sessionEndReason({ ...base, expiresAt: now }, now)).toBe("absolute_timeout"));
test("a disabled account ends it", () =>
  expect(sessionEndReason({ ...base, userActive: false }, now)).toBe("account_disabled"));
test("logout ends it", () => expect(sessionEndReason({ ...base, endedAt: now }, now)).toBe("ended"));
