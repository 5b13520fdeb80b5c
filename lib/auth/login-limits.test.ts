import { describe, expect, test } from "vitest";
import { delayAfter, judgeAttempt, MAX_FAILURES_PER_ADDRESS } from "./login-limits";

const at = (s: number) => new Date(Date.UTC(2026, 10, 23, 9, 0, s));

describe("login limits", () => {
  test("progressive delays per account and address: 1, 2, 4 … seconds, at most a minute", () => {
    expect([0, 1, 2, 3, 6, 7, 20].map(delayAfter)).toEqual([0, 1000, 2000, 4000, 32000, 60000, 60000]);
  });
  test("an account waits only after failures at this address", () => {
    expect(judgeAttempt({ byAddress: 0, byAccountHere: 0, lastFailureHere: null }, at(0))).toEqual({ ok: true });
    expect(judgeAttempt({ byAddress: 3, byAccountHere: 3, lastFailureHere: at(0) }, at(2))).toEqual({
      ok: false,
      reason: "wait",
      seconds: 2,
    });
    expect(judgeAttempt({ byAddress: 3, byAccountHere: 3, lastFailureHere: at(0) }, at(4))).toEqual({ ok: true });
  });
  test("an address that fails too often is stopped for every account", () => {
    expect(
      judgeAttempt({ byAddress: MAX_FAILURES_PER_ADDRESS, byAccountHere: 0, lastFailureHere: null }, at(0)),
    ).toEqual({
      ok: false,
      reason: "address",
    });
  });
});
