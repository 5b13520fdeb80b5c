import fs from "node:fs";
import path from "node:path";
import { test, expect, type Page } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";
import { DEMO_USER, OPEN_ROUTES, PROTECTED_ROUTES } from "../fixtures/routes";
import { ROLES, roleHas } from "../../lib/auth/permissions";

// Generated from the permission map and the table of routes: every role is refused every page and route it
// has no permission for — the "Geen toegang" page (a route: 403), nothing of the content — and the refusal is
// in the access log. A casus outside a case manager's caseload is "Geen toegang", with no hint that it exists.

test("the table names every page and route handler of the app", () => {
  const found: string[] = [];
  const walk = (dir: string, route: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), /^\(.*\)$/.test(e.name) ? route : `${route}/${e.name}`);
      else if (e.name === "page.tsx" || e.name === "route.ts") found.push(route || "/");
    }
  };
  walk(path.resolve("app"), "");
  const named = new Set([...PROTECTED_ROUTES.map((r) => r.pattern), ...OPEN_ROUTES]);
  expect(found.filter((r) => !named.has(r))).toEqual([]);
});

async function expectRefused(page: Page, route: (typeof PROTECTED_ROUTES)[number]) {
  if (route.api) {
    const res = route.post
      ? await page.request.post(route.example, {
          headers: {
            origin: new URL(page.url()).origin,
            "content-type": "application/octet-stream",
            "x-document": encodeURIComponent(
              JSON.stringify({ casusnummer: "C2026-000003", titel: "x", soort: "anders" }),
            ),
          },
          data: Buffer.from("%PDF-1.4\n"),
        })
      : await page.request.get(route.example);
    expect(res.status(), route.example).toBe(403);
    return;
  }
  await page.goto(route.example);
  await expect(page, route.example).toHaveURL(/\/geweigerd$/);
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
}

for (const role of ROLES) {
  const refused = PROTECTED_ROUTES.filter((r) => !roleHas(role, r.permission));
  test(`${role.toLowerCase()} is refused the ${refused.length} pages and routes of other roles`, async ({ page }) => {
    // About a second per route on a busy 2-core machine: 60 routes do not fit the default 60 s.
    test.setTimeout(30_000 + refused.length * 2_000);
    await loginAs(page, DEMO_USER[role]);
    for (const route of refused) await expectRefused(page, route);
  });
}

test("refusals are in the access log for the privacy officer", async ({ page }) => {
  await loginAs(page, "gedragswetenschapper");
  await page.goto("/team");
  await expect(page).toHaveURL(/\/geweigerd$/);
  await logout(page);
  await loginAs(page, "privacy");
  await page.goto("/privacy/log/medewerker?medewerker=gedragswetenschapper&uitkomst=DENIED");
  const row = page.getByRole("row").filter({ hasText: "Gedragswetenschapper" }).filter({ hasText: "Geweigerd" });
  await expect(row.first()).toBeVisible();
});

test("a case manager gets 'Geen toegang' for a casus of a colleague, and nothing of it", async ({ page }) => {
  await loginAs(page, "casemanager");
  for (const path of ["/casussen/C2026-000007", "/casussen/C2026-000008", "/casussen/C2026-999999"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await expect(page.getByText("Vermeulen")).toHaveCount(0);
  }
  // Searching finds nothing outside the caseload either.
  await page.goto("/zoeken");
  await expect(page.locator("form[data-hydrated]")).toBeAttached(); // a term typed before hydration is lost
  await page.getByLabel("Zoekterm").fill("C2026-000007");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByText("Gezocht op casusnummer: geen casussen gevonden (binnen uw toegang).")).toBeVisible();
  // Their own casus opens, with the anonymous melder shielded.
  await page.goto("/casussen/C2026-000004");
  await expect(page.getByRole("heading", { level: 1, name: "Casus C2026-000004" })).toBeVisible();
  await expect(page.getByText(/afgeschermd — de melder wil anoniem blijven/)).toBeVisible();
  await expect(page.getByText("Huisarts Van Dam")).toHaveCount(0);
});
