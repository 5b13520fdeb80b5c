import { test, expect } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";
import { expectAccessible } from "./helpers";
import { demoNummer } from "../fixtures/routes";

// Wrong role gets nothing; a case manager reaches only the casussen assigned to them ("niet gevonden", no hint).
test("the achterdeur pages refuse other roles and casussen outside one's caseload", async ({ page }) => {
  await loginAs(page, "casemanager");
  const casusnummer = demoNummer("C", 4); // Bouali, in monitoring
  await expect(page.getByRole("row").filter({ hasText: casusnummer })).toContainText("Overdracht en monitoring");
  const base = `/casussen/${casusnummer}`;
  await page.goto(`${base}/monitoring`);
  await expect(page.getByRole("heading", { level: 1, name: "Overdracht en monitoring" })).toBeVisible();
  await expect(page.getByText(/3 november 2026 — verlopen/)).toBeVisible(); // 22 september + 42 dagen
  await expect(
    page
      .getByRole("figure", { name: "Veiligheidsscore en voorwaarden per monitoringsmoment" })
      .locator(".recharts-wrapper > svg"),
  ).toBeVisible();
  await logout(page);

  await loginAs(page, "casemanager2");
  for (const path of [
    `${base}/monitoring`,
    `${base}/monitoring/nieuw`,
    `${base}/overdracht/nieuw`,
    `${base}/dienst-starten`,
    `${base}/afsluiten`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
    await expect(page.getByText(/Bouali/)).toHaveCount(0);
  }
  await expectAccessible(page);
  await logout(page);

  await loginAs(page, "triage");
  for (const path of [`${base}/dienst-starten`, `${base}/monitoring/nieuw`]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/geweigerd$/);
  }
  // Triage closes only voordeur casussen (without a casemanager): this one is not found for them.
  await page.goto(`${base}/afsluiten`);
  await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
  await logout(page);
  await loginAs(page, "gedragswetenschapper");
  for (const path of [
    `${base}/overdracht/nieuw`,
    `${base}/monitoring/nieuw`,
    `${base}/dienst-starten`,
    "/mijn-casussen",
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/geweigerd$/);
  }
});
