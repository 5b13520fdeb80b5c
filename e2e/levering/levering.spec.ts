import { test, expect } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";
import { confirmStep } from "../fixtures/confirm";

test("the team lead makes the delivery of 1e halfjaar 2026, checks it, makes it final and downloads it", async ({
  page,
}) => {
  await loginAs(page, "teamleider");
  await page.getByRole("link", { name: "Levering CBS" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Levering CBS" })).toBeVisible();
  await expect(page.getByText(/Termijn voor 1e halfjaar 2026: uiterlijk 21 juli 2026/)).toBeVisible();
  await expectAccessible(page);
  // A choice made before the form is hydrated would be reset to its default.
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  await page.getByLabel("Periode").selectOption("2026H1");
  await page.getByLabel("Regulier").check();
  await page.getByRole("button", { name: "Levering maken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Levering VT18_2026H1_R\d{2}\.txt/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kerncijfers" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("kern-actieve_casussen")).toHaveText("4");
  await expect(page.getByTestId("kern-overdrachten")).toHaveText("2");
  await expect(page.getByRole("heading", { name: "Kwaliteitsrapport" })).toBeVisible();
  await expect(page.getByText("K12 (waarschuwing)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Spiegelrapport" })).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Bestand downloaden" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^VT18_2026H1_R\d{2}\.txt$/);
  const body = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(body).toString("latin1");
  expect(text.split("\r\n")[0]).toMatch(/^01VT1824123456/);

  await page.getByRole("button", { name: "Definitief maken" }).click();
  await confirmStep(page, "Definitief maken");
  await expect(page.getByText(/^Definitief \(/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Definitief maken" })).toHaveCount(0);

  // A second regular delivery of the same period is refused; a correction is allowed and shows its difference.
  await page.goto("/leveringen");
  // A choice made before the form is hydrated would be reset to its default.
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  await page.getByLabel("Periode").selectOption("2026H1");
  await page.getByRole("button", { name: "Levering maken" }).click();
  await expect(page.getByTestId("form-error")).toHaveText(/al een definitieve levering/);
  await page.getByLabel("Correctie").check();
  await page.getByRole("button", { name: "Levering maken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /_C\d{2}\.txt/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Verschil met vorige levering/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Toegevoegd: 0")).toBeVisible();
  await logout(page);

  // The download and the delivery are in the access log as exports.
  await loginAs(page, "privacy");
  await page.goto("/privacy/log/medewerker?medewerker=teamleider&actie=EXPORT");
  await expect(
    page.getByRole("row").filter({ hasText: "Levering CBS" }).filter({ hasText: "Geëxporteerd" }).first(),
  ).toBeVisible();
});
