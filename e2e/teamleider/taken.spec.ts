import { test, expect } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";

test("the team lead gives a casemanager a task; it is on their start page with a signal, and they complete it", async ({
  page,
}) => {
  const titel = `Zorgoverleg plannen ${Math.random().toString(36).slice(2, 7)}`;
  await loginAs(page, "teamleider");
  await page.getByRole("link", { name: "Taken", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Taken" })).toBeVisible();
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  // A date in the past is refused at the field.
  await page.getByLabel("Titel").fill(titel);
  await page.getByLabel("Uiterlijk op").fill("2026-11-01");
  await page.getByLabel("Uitvoerder").selectOption({ label: "Carla Jansen" });
  await page.getByRole("button", { name: "Taak toevoegen" }).click();
  await expect(page.getByLabel("Uiterlijk op")).toHaveAccessibleDescription(/ligt in het verleden/);
  await page.getByLabel("Uiterlijk op").fill("2026-11-27");
  await page.getByRole("button", { name: "Taak toevoegen" }).click();
  const gegeven = page.getByRole("list", { name: "Taken die ik gaf" });
  await expect(gegeven.getByTestId("taak").filter({ hasText: titel })).toContainText("voor Carla Jansen");
  await expectAccessible(page);
  await logout(page);

  await loginAs(page, "casemanager");
  await expect(page.getByTestId("signalen-bel")).toHaveAccessibleName(/Signalen [1-9]\d* ongelezen/);
  const mijn = page.getByRole("list", { name: "Mijn open taken" });
  const taak = mijn.getByTestId("taak").filter({ hasText: titel });
  await expect(taak).toContainText("Uiterlijk 27 november 2026");
  await expect(taak).toContainText("van ");
  await taak.getByRole("button", { name: /Afronden/ }).click();
  await expect(mijn.getByTestId("taak").filter({ hasText: titel })).toHaveCount(0);
});
