import { test, expect } from "../fixtures/test";
import { confirmStep } from "../fixtures/confirm";
import { loginAs } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";

// C2026-000004 (demo data): Bouali family, V&V closed, overdracht, two monitoringsmomenten, anonymous melder.
test("the casus page of a seeded casus shows every step as a section", async ({ page }) => {
  await loginAs(page, "teamleider");
  await page.goto("/casussen/C2026-000004");
  await expect(page.getByRole("heading", { level: 1, name: "Casus C2026-000004" })).toBeVisible();
  for (const name of [
    /^Betrokkenen/,
    /^Meldingen en veiligheidsbeoordelingen/,
    /^Diensten/,
    /^Overdrachten/,
    /^Monitoring/,
    /^Wie deed wat/,
  ]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole("rowheader", { name: "Fatima Bouali" })).toBeVisible();
  await expect(page.getByText("Voorwaarden en Vervolg D2026-", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { level: 4, name: "Veiligheidsbeoordeling" })).toBeVisible();
  await expect(page.getByText("Huisarts Van Dam")).toBeVisible(); // the team lead may see the anonymous melder
  await expect(
    page
      .getByRole("figure", { name: "Veiligheidsscore en voorwaarden per monitoringsmoment" })
      .locator(".recharts-wrapper > svg"),
  ).toBeVisible();
  await expect(page.getByText(/Volgende monitoring/)).toBeVisible();
  await expectAccessible(page);

  // A hermelding links to the earlier casus of the same persons.
  await page.goto("/casussen/C2026-000008");
  await expect(page.getByText("Hermelding: eerder bekend bij Veilig Thuis")).toBeVisible();
  await page.getByRole("link", { name: "Casus C2026-000007" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Casus C2026-000007" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Casus afsluiten" })).toHaveCount(0);

  // The persoonsoverzicht: every casus of the person by BSN, with the role in each.
  await page.goto("/casussen/C2026-000004");
  await page.getByRole("link", { name: "Fatima Bouali (persoonsoverzicht)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Persoonsoverzicht Fatima Bouali" })).toBeVisible();
  await expect(page.getByTestId("persoon-casus").filter({ hasText: "C2026-000004" })).toContainText("deze casus");
  await expect(page.getByText("Er zijn geen koppelingen vastgelegd.")).toBeVisible();
  await expectAccessible(page);

  // A relation within the casus, seen from the person's side, then removed again (an entry made by mistake).
  await expect(page.locator("form[data-hydrated]").first()).toBeAttached();
  await page.getByRole("button", { name: "Relatie toevoegen" }).click();
  await expect(page.getByText("Kies de relatie.").first()).toBeVisible();
  await page.getByLabel("Fatima Bouali is …").selectOption({ label: "ouder van" });
  await page.getByLabel("van / over").selectOption({ label: "(ongeboren) Bouali (3)" });
  await page.getByRole("button", { name: "Relatie toevoegen" }).click();
  const hier = page.getByTestId("persoon-casus").filter({ hasText: "C2026-000004" });
  await expect(hier).toContainText("ouder van (ongeboren) Bouali");
  await expectAccessible(page);
  await hier.getByRole("button", { name: "Verwijderen relatie ouder van (ongeboren) Bouali" }).click();
  await confirmStep(page, "Verwijderen");
  await expect(hier).not.toContainText("ouder van (ongeboren) Bouali");
});

test("search by casusnummer and by BSN finds the casus; an invalid BSN gets a Dutch message", async ({ page }) => {
  await loginAs(page, "teamleider");
  await page.goto("/zoeken");
  const zoekterm = page.getByLabel("Zoekterm");
  await zoekterm.fill("C2026-000004");
  await page.getByRole("button", { name: "Zoeken" }).click();
  const resultaten = page.getByRole("region", { name: "Resultaten" });
  await expect(resultaten.getByRole("link", { name: "C2026-000004" })).toBeVisible();
  await expect(resultaten).toContainText("Fatima Bouali");
  await expectAccessible(page);

  await zoekterm.fill("625276012");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(resultaten.getByText("Gezocht op BSN: 1 casus gevonden.")).toBeVisible();
  await expect(resultaten.getByRole("link", { name: "C2026-000004" })).toBeVisible();
  expect(page.url()).not.toContain("625276012");

  await zoekterm.fill("625276013");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByText("Dit BSN voldoet niet aan de elfproef")).toBeVisible();
  await expect(zoekterm).toHaveAttribute("aria-invalid", "true");

  await zoekterm.fill("Vermeulen");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(resultaten.getByText("Gezocht op naam: 2 casussen gevonden.")).toBeVisible();
  await expect(resultaten.getByRole("link", { name: "C2026-000008" })).toBeVisible();
  await expect(resultaten.getByRole("link", { name: "C2026-000007" })).toBeVisible();
});
