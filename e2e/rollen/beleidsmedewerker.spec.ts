import { test, expect } from "../fixtures/test";
import { loginAs } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";

// The beleidsmedewerker (role RAPPORTAGE) lands on the reports, sees nothing else in the menu, reads the region's
// Gemeentebrief, and is refused a dossier (every other route: e2e/rollen/weigeringen.spec.ts).
test("the beleidsmedewerker reads the reports and the Gemeentebrief, never a dossier", async ({ page }) => {
  await loginAs(page, "beleid");
  await expect(page.getByRole("heading", { level: 1, name: "Rapportages" })).toBeVisible();
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(menu.getByRole("link")).toHaveText(["Rapportages"]);

  const keuze = page.getByRole("form", { name: "Rapportage kiezen" });
  await keuze.getByLabel("Periode").fill("2026H1");
  await keuze.getByRole("button", { name: "Toon rapportage" }).click();
  await expect(page.getByRole("table", { name: /Kerncijfers 1e halfjaar 2026/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Gemeentebrief" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Veilig Thuis in de regio: 1e halfjaar 2026");
  await expect(page.getByRole("table", { name: "Per gemeente" })).toBeVisible();

  await page.goto("/zoeken");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
});
