// The session cookie as the app reads it: next-auth's own token gives its session id; a forged, foreign-keyed,
// expired or absent cookie gives none (and so the login page, or "Uw sessie is verlopen" for a form).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers(),
}));
const { getCurrentSessionId } = await import("./current-user");

const SECRET = "unit-test-secret-0123456789abcdef0123456789";
const SID = "0b7f2f5e-8f8e-4d3c-9a59-6a3c2d1e0f11";
const COOKIE = "next-auth.session-token";

describe("getCurrentSessionId", () => {
  beforeEach(() => {
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    vi.stubEnv("NEXTAUTH_URL", "http://127.0.0.1:3000");
    jar.clear();
  });
  afterEach(() => vi.unstubAllEnvs());

  it("reads the session id from a token next-auth issued", async () => {
    jar.set(COOKIE, await encode({ token: { sid: SID, name: "Triage" }, secret: SECRET }));
    expect(await getCurrentSessionId()).toBe(SID);
  });

  it("gives none without a cookie, or with a forged one", async () => {
    expect(await getCurrentSessionId()).toBeNull();
    jar.set(COOKIE, "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.token.value.x");
    expect(await getCurrentSessionId()).toBeNull();
  });

  it("gives none for a token made with another secret", async () => {
    jar.set(COOKIE, await encode({ token: { sid: SID }, secret: "another-secret-0123456789abcdef0123456789" }));
    expect(await getCurrentSessionId()).toBeNull();
  });

  it("gives none for an expired token, or one without a session id", async () => {
    jar.set(COOKIE, await encode({ token: { sid: SID }, secret: SECRET, maxAge: -60 }));
    expect(await getCurrentSessionId()).toBeNull();
    jar.set(COOKIE, await encode({ token: { name: "x" }, secret: SECRET }));
    expect(await getCurrentSessionId()).toBeNull();
  });
});
