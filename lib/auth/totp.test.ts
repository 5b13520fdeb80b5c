import { describe, expect, test } from "vitest";
import { generate, generateSecret } from "otplib";
import { decryptSecret, encryptSecret, matchCode, matchRecoveryCode, newRecoveryCodes } from "./totp";

describe("the second factor", () => {
  test("a code matches its time step once: the same step again, or an earlier one, is refused (replay)", async () => {
    const secret = generateSecret();
    const step = await matchCode(secret, await generate({ secret }), null);
    expect(step).toEqual(expect.any(Number));
    expect(await matchCode(secret, await generate({ secret }), step)).toBeNull();
    expect(await matchCode(secret, await generate({ secret }), step! - 1)).toBe(step);
  });
  test("wrong, short or non-numeric codes are refused without an error", async () => {
    const secret = generateSecret();
    for (const code of ["000000", "12345", "abcdef", "1234567", ""])
      expect(await matchCode(secret, code, null)).toBeNull();
  });
  test("the secret is stored encrypted and comes back the same", () => {
    const secret = generateSecret();
    const stored = encryptSecret(secret);
    expect(stored).not.toContain(secret);
    expect(decryptSecret(stored)).toBe(secret);
  });
  test("ten recovery codes, matched case-insensitively against their hashes", async () => {
    const { codes, hashes } = await newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    const stored = hashes.map((codeHash, id) => ({ id, codeHash }));
    expect(await matchRecoveryCode(codes[4].toUpperCase(), stored)).toBe(4);
    expect(await matchRecoveryCode("aaaaa-bbbbb", stored)).toBeNull();
  });
});
