import { test, expect } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";
import { expectAccessible } from "./helpers";

// Demo data: M2026-000004 is the anonymous melding (huisarts) in the casus of casemanager "casemanager";
// M2026-000001 is in a casus without a casemanager.
test("the anonymous melder is shielded for the casemanager; a melding outside their casussen is not found", async ({
  page,
}) => {
  await loginAs(page, "casemanager");
  await page.goto("/meldingen/M2026-000004");
  await expect(page.getByRole("heading", { level: 1, name: "Melding M2026-000004" })).toBeVisible();
  await expect(page.getByText("afgeschermd (anoniem)").first()).toBeVisible();
  await expect(page.getByText("Huisarts Van Dam")).toHaveCount(0);
  await page.goto("/meldingen/M2026-000001");
  await expect(page.getByRole("heading", { level: 1, name: "Melding niet gevonden" })).toBeVisible();
  await expect(page.getByText("Pietersen")).toHaveCount(0);
  await expectAccessible(page);
  for (const path of [
    "/werkvoorraad",
    "/meldingen/nieuw",
    "/adviezen/nieuw",
    "/adviezen/A2026-000001",
    "/te-bevestigen",
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/geweigerd$/);
  }
  await logout(page);

  await loginAs(page, "teamleider");
  await page.goto("/meldingen/M2026-000004");
  await expect(page.getByText("Huisarts Van Dam")).toBeVisible();
  await page.goto("/werkvoorraad");
  await expect(page.getByRole("heading", { level: 2, name: /^Open adviezen/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nieuwe melding" })).toHaveCount(0);
  await page.goto("/meldingen/nieuw");
  await expect(page).toHaveURL(/\/geweigerd$/);
});
