import { test, expect, type Page } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";

// Each role is refused the pages of the others: the "Geen toegang" page for a page the role may never open, and
// "Casus niet gevonden" for a casus outside a case manager's caseload (no hint that it exists).
// Demo data: C2026-000003 and -000004 belong to casemanager, C2026-000007 and -000008 to casemanager2.
const GEWEIGERD: Record<string, string[]> = {
  triage: ["/team", "/termijnen", "/casussen/C2026-000003/afsluiten", "/casussen/C2026-000003/monitoring/nieuw", "/mijn-casussen"],
  casemanager: ["/werkvoorraad", "/team", "/termijnen", "/te-bevestigen"],
  gedragswetenschapper: ["/team", "/termijnen", "/werkvoorraad", "/casussen/C2026-000004/afsluiten"],
  teamleider: ["/mijn-casussen", "/casussen/C2026-000003/dienst-starten", "/beheer/toegangslog"],
  beheerder: ["/casussen/C2026-000001", "/casussen/C2026-000004", "/zoeken", "/team", "/termijnen"],
};

async function expectGeweigerd(page: Page, path: string) {
  await page.goto(path);
  await expect(page, path).toHaveURL(/\/geweigerd$/);
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
}

for (const [user, paths] of Object.entries(GEWEIGERD)) {
  test(`${user} is refused the pages of other roles`, async ({ page }) => {
    await loginAs(page, user);
    for (const path of paths) await expectGeweigerd(page, path);
  });
}

test("a case manager gets 'niet gevonden' for a casus of a colleague, and nothing of it", async ({ page }) => {
  await loginAs(page, "casemanager");
  for (const path of ["/casussen/C2026-000007", "/casussen/C2026-000008", "/casussen/C2026-999999"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Casus niet gevonden" })).toBeVisible();
    await expect(page.getByText("Vermeulen")).toHaveCount(0);
  }
  // Searching finds nothing outside the caseload either.
  await page.goto("/zoeken");
  await page.getByLabel("Zoekterm").fill("C2026-000007");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByText("Gezocht op casusnummer: geen casussen gevonden (binnen uw toegang).")).toBeVisible();
  // Their own casus opens, with the anonymous melder shielded.
  await page.goto("/casussen/C2026-000004");
  await expect(page.getByRole("heading", { level: 1, name: "Casus C2026-000004" })).toBeVisible();
  await expect(page.getByText(/afgeschermd — de melder wil anoniem blijven/)).toBeVisible();
  await expect(page.getByText("Huisarts Van Dam")).toHaveCount(0);
});

test("refusals are in the access log for the beheerder", async ({ page }) => {
  await loginAs(page, "gedragswetenschapper");
  await page.goto("/team");
  await expect(page).toHaveURL(/\/geweigerd$/);
  await logout(page);
  await loginAs(page, "beheerder");
  await page.goto("/beheer/toegangslog");
  const row = page.getByRole("row").filter({ hasText: "gedragswetenschapper" }).filter({ hasText: "DENIED" });
  await expect(row.first()).toBeVisible();
});
