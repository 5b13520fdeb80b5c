// The app's decoder of the session cookie must accept and refuse exactly what next-auth's own `decode` does:
// next-auth issues the tokens (login), the proxy and the pages read them with decodeSessionToken.
import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken } from "./session-token";

const SECRET = "unit-test-secret-0123456789abcdef0123456789";
const OTHER = "another-secret-0123456789abcdef0123456789";
const SID = "0b7f2f5e-8f8e-4d3c-9a59-6a3c2d1e0f11";

const outcome = (p: Promise<unknown>) =>
  p.then(
    (v) => ({ ok: v }),
    () => "rejected",
  );

describe("decodeSessionToken", () => {
  it("reads a token next-auth issued, as next-auth's decode does, also again with the key it kept", async () => {
    const token = await encode({ token: { sid: SID, name: "Triage" }, secret: SECRET });
    const ours = await decodeSessionToken({ token, secret: SECRET });
    expect(ours).toEqual(await decode({ token, secret: SECRET }));
    expect(ours?.sid).toBe(SID);
    expect((await decodeSessionToken({ token, secret: SECRET }))?.sid).toBe(SID);
  });

  it("refuses what next-auth refuses: another secret, an expired token, a forged one, a changed byte", async () => {
    const good = await encode({ token: { sid: SID }, secret: SECRET });
    const cases = [
      { token: await encode({ token: { sid: SID }, secret: OTHER }), secret: SECRET },
      { token: good, secret: OTHER },
      { token: await encode({ token: { sid: SID }, secret: SECRET, maxAge: -60 }), secret: SECRET },
      { token: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.token.value.x", secret: SECRET },
      { token: good.slice(0, -3) + (good.endsWith("AAA") ? "BBB" : "AAA"), secret: SECRET },
    ];
    for (const c of cases) {
      expect(await outcome(decodeSessionToken(c))).toBe("rejected");
      expect(await outcome(decode(c))).toBe("rejected");
    }
  });

  it("keeps a key per secret and salt: a token of one salt does not open with another", async () => {
    const token = await encode({ token: { sid: SID }, secret: SECRET, salt: "a" });
    expect((await decodeSessionToken({ token, secret: SECRET, salt: "a" }))?.sid).toBe(SID);
    expect(await outcome(decodeSessionToken({ token, secret: SECRET }))).toBe("rejected");
    expect(await decodeSessionToken({ token: undefined, secret: SECRET })).toBeNull();
  });
});
