import { test, expect, type Page } from "../fixtures/test";
import { DEMO_PASSWORD, loginAs } from "../fixtures/login";

// The app server trusts a reverse proxy on this machine (TRUSTED_PROXIES in playwright.config.ts), so a request
// with "X-Forwarded-For: <what the client claims>, <the client's real address>" is what that proxy would forward.

async function attempt(page: Page, username: string, password: string, forwardedFor: string): Promise<string> {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const r = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password, json: "true" },
    headers: { "X-Forwarded-For": forwardedFor },
  });
  const url = decodeURIComponent((await r.json()).url ?? "");
  return /error=([^&]+)/.exec(url)?.[1] ?? "ok";
}

test("a spoofed X-Forwarded-For does not escape the per-address limit", async ({ page }) => {
  for (let i = 0; i < 20; i++) {
    expect(await attempt(page, `gok${i}`, "geraden", `10.${i}.${i}.${i}, 203.0.113.50`)).toBe("invalid");
  }
  // The 21st try from that client, with a valid account and whatever it claims to be, is stopped.
  expect(await attempt(page, "teamleider", DEMO_PASSWORD, "203.0.113.50")).toBe("address");
  expect(await attempt(page, "teamleider", DEMO_PASSWORD, "198.51.100.1, 203.0.113.50")).toBe("address");
  // Someone else, behind the same proxy, is not.
  expect(await attempt(page, "teamleider", DEMO_PASSWORD, "203.0.113.51")).toBe("ok");
});

test("a worker whose account is being guessed from elsewhere still logs in at once", async ({ page }) => {
  for (let i = 0; i < 6; i++) await attempt(page, "casemanager2", `gok-${i}`, "203.0.113.77");
  expect(await attempt(page, "casemanager2", DEMO_PASSWORD, "203.0.113.77")).toMatch(/^wait:\d+$/);
  await page.context().clearCookies();
  await loginAs(page, "casemanager2");
});
