import { test, expect } from "../fixtures/test";
import { loginAs } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";

// Demo data (lib/db/seed/demo-cases.ts, block 11): casemanager3 (Ilse Kramer) runs 30 Onderzoeken; with the test
// clock on 23 November 2026 the 17 that were decided before 14 September are past their 10-week deadline.

test("a case manager pages through 30 casussen, most urgent first, and filters the overdue ones", async ({ page }) => {
  await loginAs(page, "casemanager3");
  await page.goto("/mijn-casussen");
  await expect(page.getByText("17 casussen hebben een verlopen termijn.")).toBeVisible();
  const paginas = page.getByRole("navigation", { name: "Pagina's casussen" });
  await expect(paginas).toContainText("1–25 van 30 casussen · pagina 1 van 2");
  const rijen = page.getByRole("table").getByRole("row");
  await expect(rijen).toHaveCount(26);
  await expect(rijen.nth(1)).toContainText("verlopen");
  await expect(rijen.nth(1)).toContainText("16 september 2026");
  await expectAccessible(page);

  await paginas.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(paginas).toContainText("26–30 van 30 casussen · pagina 2 van 2");
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(6);

  await page.getByLabel("Termijn").selectOption({ label: "Verlopen" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(paginas).toContainText("1–17 van 17 casussen");
  await expect(page).toHaveURL(/termijn=verstreken/);

  // A wrong address: the first page with a note, never an error.
  await page.goto("/mijn-casussen?pagina=99&sorteer=wachtwoord&termijn=morgen");
  await expect(page.getByRole("status")).toContainText("Pagina 99 bestaat niet (de lijst heeft 2 pagina's)");
  await expect(page.getByRole("status")).toContainText('Op "wachtwoord" kan deze lijst niet sorteren');
  await expect(page.getByRole("status")).toContainText('Termijn: "morgen" is geen keuze van dit filter');
  await expect(paginas).toContainText("1–25 van 30 casussen");
});

test("the team lead opens a case manager's list from the overview and pages it", async ({ page }) => {
  await loginAs(page, "teamleider");
  await page.goto("/team");
  await page
    .getByRole("table", { name: "Aantallen per casemanager" })
    .getByRole("link", { name: "Ilse Kramer" })
    .click();
  const paginas = page.getByRole("navigation", { name: "Pagina's casussen" });
  await expect(paginas).toContainText("1–25 van 30 casussen");
  await expect(page.getByRole("form", { name: "Filters: open casussen" }).getByLabel("Casemanager")).toHaveValue(
    /^\d+$/,
  );
  await expectAccessible(page);
  await paginas.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(paginas).toContainText("26–30 van 30 casussen");

  // By phase: the open casussen still awaiting a beoordeling.
  await page.goto("/team");
  await page
    .getByRole("table", { name: "Aantal open casussen per fase" })
    .getByRole("link", { name: "Wacht op veiligheidsbeoordeling" })
    .click();
  await expect(page.getByRole("form", { name: "Filters: open casussen" }).getByLabel("Fase")).toHaveValue(
    "BEOORDELING",
  );
  await expect(page.getByRole("rowheader", { name: "C2026-000001" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "C2026-000003" })).toHaveCount(0);
});

test("triage filters the werkvoorraad; the gedragswetenschapper filters what awaits confirmation", async ({ page }) => {
  await loginAs(page, "triage");
  await page.goto("/werkvoorraad");
  const meldingen = page.getByRole("navigation", { name: "Pagina's meldingen", exact: true });
  await expect(meldingen).toContainText(/van \d+ melding/);
  await page
    .getByRole("form", { name: "Filters: meldingen" })
    .getByLabel("Status")
    .selectOption({ label: "Wacht op vaststelling" });
  await page.getByRole("form", { name: "Filters: meldingen" }).getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/status=vaststelling/);
  for (const rij of await page.getByTestId("werkvoorraad-melding").all())
    await expect(rij).toContainText("Wacht op vaststelling");
  await expectAccessible(page);

  await loginAs(page, "gedragswetenschapper");
  await page.goto("/te-bevestigen?dsoort=X");
  await expect(page.getByRole("status")).toContainText('Soort dienst: "X" is geen keuze van dit filter');
  await expect(page.getByRole("navigation", { name: "Pagina's veiligheidsbeoordelingen" })).toBeVisible();
  await expectAccessible(page);
});
