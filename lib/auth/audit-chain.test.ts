import { describe, expect, test } from "vitest";
import { chainCount, DEFAULT_CHAINS, parseChainCount } from "./audit-chain";

describe("AUDIT_CHAINS: the number of audit chains", () => {
  test("unset or empty gives the default of 16", () => {
    expect(DEFAULT_CHAINS).toBe(16);
    expect(parseChainCount(undefined)).toBe(16);
    expect(parseChainCount("")).toBe(16);
    expect(chainCount({})).toBe(16);
  });

  test("1 (the former global lock), 16 and 64 are accepted", () => {
    expect(chainCount({ AUDIT_CHAINS: "1" })).toBe(1);
    expect(parseChainCount("16")).toBe(16);
    expect(parseChainCount(" 64 ")).toBe(64);
  });

  test.each(["0", "65", "abc", "-1", "1.5", "1e1", "16abc", "0x10"])("%j is refused with a clear error", (v) => {
    expect(() => parseChainCount(v)).toThrow(/AUDIT_CHAINS must be a whole number from 1 to 64, not "/);
    expect(() => chainCount({ AUDIT_CHAINS: v })).toThrow(JSON.stringify(v));
  });
});
