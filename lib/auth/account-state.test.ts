import { afterEach, describe, expect, test, vi } from "vitest";
import { ROLES } from "./permissions";
import { needsSetup, totpRequiredFor } from "./account-state";

afterEach(() => vi.unstubAllEnvs());
const demo = () => {
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("VT_DEMO", "1");
};

describe("who needs a second factor", () => {
  test("in production every account, whatever the account says", () => {
    vi.stubEnv("DATABASE_URL", "postgresql://x@localhost/app");
    vi.stubEnv("VT_DEMO", "");
    for (const role of ROLES) expect(totpRequiredFor({ role, totpRequired: false })).toBe(true);
  });

  test("in demo mode only the accounts that ask for it, and the privacy officer always", () => {
    demo();
    const zonder = ROLES.filter((role) => !totpRequiredFor({ role, totpRequired: false }));
    expect(zonder).toEqual(ROLES.filter((r) => r !== "PRIVACY"));
    expect(totpRequiredFor({ role: "TRIAGE", totpRequired: true })).toBe(true);
  });

  test("a privacy officer without an enrolled second factor must set it up first, also in demo mode", () => {
    demo();
    const u = { mustChangePassword: false, totpRequired: false, totpEnabledAt: null };
    expect(needsSetup({ ...u, role: "PRIVACY" })).toBe(true);
    expect(needsSetup({ ...u, role: "TEAMLEIDER" })).toBe(false);
    expect(needsSetup({ ...u, role: "PRIVACY", totpEnabledAt: new Date("2026-01-01") })).toBe(false);
  });
});
