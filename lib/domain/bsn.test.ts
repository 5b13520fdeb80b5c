import { describe, expect, it } from "vitest";
import {
  BSN_MESSAGES,
  BSN_ONBEKEND,
  BSN_ONGEBOREN,
  checkBsn,
  computeElfproefSum,
  generateBsn,
  hasBsnFormat,
  isRealBsn,
  isSpecialBsn,
  isValidBsn,
  passesElfproef,
} from "./bsn";

// Hand-checked: 111222333 → 9+8+7+12+10+8+9+6−3 = 66 = 6·11; 123456782 → 9+16+21+24+25+24+21+16−2 = 154 = 14·11.
// 999999990 → 9·44 − 0 = 396 = 36·11; 100000010 → 9 + 2 − 0 = 11.
const VALID = ["111222333", "123456782", "999999990", "100000010"];
// 111222334 → 65; 123456789 → 147 (≡ 4); 987654321 → 9·9+8·8+7·7+6·6+5·5+4·4+3·3+2·2−1 = 283 (≡ 8).
const INVALID = ["111222334", "123456789", "987654321", "123456783"];

describe("computeElfproefSum", () => {
  it("computes the weighted sum", () => {
    expect(computeElfproefSum("111222333")).toBe(66);
    expect(computeElfproefSum("123456782")).toBe(154);
    expect(computeElfproefSum(BSN_ONGEBOREN)).toBe(387);
    expect(computeElfproefSum(BSN_ONBEKEND)).toBe(0);
  });
});

describe("passesElfproef", () => {
  it.each(VALID)("accepts %s", (s) => expect(passesElfproef(s)).toBe(true));
  it.each(INVALID)("rejects %s", (s) => expect(passesElfproef(s)).toBe(false));
  it("is pure arithmetic: 000000000 passes, 999999999 fails", () => {
    expect(passesElfproef(BSN_ONBEKEND)).toBe(true);
    expect(passesElfproef(BSN_ONGEBOREN)).toBe(false);
  });
  it.each(["12345678", "1234567820", "", "12345678a", "１２３４５６７８２", "123 456 782", "-23456782"])(
    "rejects malformed %j",
    (s) => expect(passesElfproef(s)).toBe(false),
  );
});

describe("hasBsnFormat", () => {
  it("requires exactly 9 ASCII digits", () => {
    expect(hasBsnFormat("123456782")).toBe(true);
    expect(hasBsnFormat("12345678 ")).toBe(false);
    expect(hasBsnFormat("123456782\n")).toBe(false);
  });
});

describe("isRealBsn", () => {
  it.each(VALID)("accepts %s", (s) => expect(isRealBsn(s)).toBe(true));
  it("rejects the special values", () => {
    expect(isRealBsn(BSN_ONBEKEND)).toBe(false);
    expect(isRealBsn(BSN_ONGEBOREN)).toBe(false);
  });
  it("rejects numbers whose weighted sum is 0 (2·1 − 2 = 0; 9·1 − 9 = 0)", () => {
    expect(passesElfproef("000000012")).toBe(true);
    expect(isRealBsn("000000012")).toBe(false);
    expect(passesElfproef("100000009")).toBe(true);
    expect(isRealBsn("100000009")).toBe(false);
  });
  it.each(INVALID)("rejects %s", (s) => expect(isRealBsn(s)).toBe(false));
});

describe("isSpecialBsn / isValidBsn", () => {
  it("whitelists the two special values", () => {
    expect(isSpecialBsn(BSN_ONBEKEND)).toBe(true);
    expect(isSpecialBsn(BSN_ONGEBOREN)).toBe(true);
    expect(isSpecialBsn("123456782")).toBe(false);
    expect(isValidBsn(BSN_ONBEKEND)).toBe(true);
    expect(isValidBsn(BSN_ONGEBOREN)).toBe(true);
  });
  it("accepts real and rejects invalid BSNs", () => {
    for (const s of VALID) expect(isValidBsn(s)).toBe(true);
    for (const s of [...INVALID, "000000012", "12345678", "abcdefghi"]) expect(isValidBsn(s)).toBe(false);
  });
});

describe("checkBsn", () => {
  it("says which kind a valid value is", () => {
    expect(checkBsn("111222333")).toEqual({ ok: true, kind: "echt" });
    expect(checkBsn(BSN_ONBEKEND)).toEqual({ ok: true, kind: "onbekend" });
    expect(checkBsn(BSN_ONGEBOREN)).toEqual({ ok: true, kind: "ongeboren" });
  });
  it("gives a Dutch message for a wrong length or letters", () => {
    expect(checkBsn("12345678")).toEqual({ ok: false, message: "BSN moet uit 9 cijfers bestaan" });
    expect(checkBsn("1234567820")).toEqual({ ok: false, message: BSN_MESSAGES.format });
    expect(checkBsn("12345678X")).toEqual({ ok: false, message: BSN_MESSAGES.format });
    expect(checkBsn("")).toEqual({ ok: false, message: BSN_MESSAGES.format });
  });
  it("gives a Dutch message when the elfproef fails", () => {
    expect(checkBsn("123456789")).toEqual({ ok: false, message: "Dit BSN voldoet niet aan de elfproef" });
  });
  it("rejects a zero-sum number that is not the onbekend value", () => {
    expect(checkBsn("000000012")).toEqual({ ok: false, message: BSN_MESSAGES.nul });
  });
});

describe("generateBsn", () => {
  function seeded(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  it("produces real BSNs with a non-zero first digit", () => {
    const rand = seeded(42);
    for (let i = 0; i < 2000; i++) {
      const bsn = generateBsn(rand);
      expect(isRealBsn(bsn), bsn).toBe(true);
      expect(bsn[0]).not.toBe("0");
    }
  });
  it("is deterministic for the same seed", () => {
    const a = seeded(7),
      b = seeded(7);
    expect(Array.from({ length: 5 }, () => generateBsn(a))).toEqual(Array.from({ length: 5 }, () => generateBsn(b)));
  });
  it("copes with extreme generators", () => {
    // all zeros → 1,0,…,0 gives sum 9 and d9 = 9, total 0 → d8 nudged to 1: 9 + 2 = 11 → d9 = 0
    expect(generateBsn(() => 0)).toBe("100000010");
    expect(isRealBsn(generateBsn(() => 0.9999999))).toBe(true);
    expect(isRealBsn(generateBsn(() => 1))).toBe(true);
  });
  it("handles the remainder-10 case by nudging d8", () => {
    // 1,0,0,0,0,0,0,6 → 9 + 12 = 21 ≡ 10 → d8 becomes 7: 9 + 14 = 23 ≡ 1 → d9 = 1
    const values = [0, 0, 0, 0, 0, 0, 0, 0.6];
    let i = 0;
    expect(generateBsn(() => values[i++])).toBe("100000071");
  });
});
