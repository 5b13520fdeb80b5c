import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeProtectedHeader } from "jose";
import { decodeJwt, encodeJwt } from "./jwt";

const secret = "test-secret-0123456789abcdef0123456789abcdef";
const token = { sid: "a1b2c3", name: "Ilse Kramer" };

describe("the session token with a kept key", () => {
  it("is next-auth's format: each reads the other's tokens", async () => {
    const ours = await encodeJwt({ token, secret, maxAge: 3600 });
    expect(decodeProtectedHeader(ours)).toEqual({ alg: "dir", enc: "A256GCM" });
    expect(await decode({ token: ours, secret })).toMatchObject(token);
    const theirs = await encode({ token, secret, maxAge: 3600 });
    expect(await decodeJwt({ token: theirs, secret })).toMatchObject(token);
    const salted = await encode({ token, secret, salt: "zout", maxAge: 3600 });
    expect(await decodeJwt({ token: salted, secret, salt: "zout" })).toMatchObject(token);
  });

  it("expires after maxAge and carries a new id every time", async () => {
    const a = (await decodeJwt({ token: await encodeJwt({ token, secret, maxAge: 3600 }), secret }))!;
    const b = (await decodeJwt({ token: await encodeJwt({ token, secret, maxAge: 3600 }), secret }))!;
    expect(Number(a.exp) - Number(a.iat)).toBe(3600);
    expect(a.jti).not.toBe(b.jti);
  });

  it("refuses an expired token, one made with another secret or salt, and one changed by a single character", async () => {
    await expect(decodeJwt({ token: await encodeJwt({ token, secret, maxAge: -60 }), secret })).rejects.toThrow();
    const t = await encodeJwt({ token, secret, maxAge: 3600 });
    await expect(decodeJwt({ token: t, secret: `${secret}x` })).rejects.toThrow();
    await expect(decodeJwt({ token: t, secret, salt: "ander" })).rejects.toThrow();
    const i = t.length - 5;
    const changed = t.slice(0, i) + (t[i] === "A" ? "B" : "A") + t.slice(i + 1);
    await expect(decodeJwt({ token: changed, secret })).rejects.toThrow();
    expect(await decodeJwt({ token: "", secret })).toBeNull();
  });
});
