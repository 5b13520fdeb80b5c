import { test, expect } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";

// Each role opening a page of another role is refused: the "Geen toegang" page, nothing of the page shown.
const FOREIGN: Record<string, string[]> = {
  triage: ["/mijn-casussen", "/termijnen", "/leveringen", "/beheer/gebruikers", "/beheer/toegangslog", "/te-bevestigen"],
  casemanager: ["/werkvoorraad", "/termijnen", "/leveringen", "/beheer/gebruikers", "/te-bevestigen"],
  gedragswetenschapper: ["/werkvoorraad", "/mijn-casussen", "/leveringen", "/beheer/toegangslog"],
  teamleider: ["/mijn-casussen", "/beheer/gebruikers", "/beheer/toegangslog"],
  beheerder: ["/werkvoorraad", "/mijn-casussen", "/te-bevestigen", "/termijnen", "/zoeken", "/leveringen"],
};

for (const [user, paths] of Object.entries(FOREIGN)) {
  test(`${user} is refused the pages of other roles`, async ({ page }) => {
    await loginAs(page, user);
    for (const path of paths) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/geweigerd$/);
      await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
    }
  });
}

test("refused attempts appear in the access log for the beheerder", async ({ page }) => {
  await loginAs(page, "triage");
  await page.goto("/beheer/toegangslog");
  await expect(page).toHaveURL(/\/geweigerd$/);
  await logout(page);
  await loginAs(page, "beheerder");
  await page.goto("/beheer/toegangslog");
  const row = page.getByRole("row").filter({ hasText: "triage" }).filter({ hasText: "DENIED" });
  await expect(row.first()).toBeVisible();
});
