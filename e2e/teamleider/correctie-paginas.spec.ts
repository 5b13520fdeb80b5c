import { test, expect, type Page } from "../fixtures/test";
import { loginAs } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";
import { hydrated } from "../fixtures/hydrated";
import { confirmStep } from "../fixtures/confirm";
import { demoNummer } from "../fixtures/routes";

// Demo casus 4 (Bouali): V&V closed and confirmed, an overdracht, two monitoringsmomenten. Only the monitoring
// score is changed here (no other journey reads it); the other correction forms are opened and checked, not saved.
const CASUS = demoNummer("C", 4);

async function open(page: Page, link: RegExp | string, heading: RegExp | string) {
  await page.goto(`/casussen/${CASUS}`);
  await hydrated(page);
  await page.getByRole("link", { name: link }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectAccessible(page);
}

test("the team lead's correction forms open with the stored values and say what is wrong", async ({ page }) => {
  await loginAs(page, "teamleider");

  await open(page, "Gemeente corrigeren", "Gemeente van de casus corrigeren");
  await open(page, /^Beoordeling corrigeren/, /Veiligheidsbeoordeling .* corrigeren/);
  await open(page, /^Afsluiting corrigeren/, /Voorwaarden en Vervolg .* corrigeren/);
  await expect(page.getByLabel("Reden van de correctie")).toBeVisible();
  await open(page, /^Corrigeren melding/, /Melding .* corrigeren/);
  await expect(page.getByLabel("Naam melder")).not.toHaveValue("");
  await open(page, "Betrokkene toevoegen", "Betrokkene toevoegen");

  // An overdracht: no reason, then nothing changed — each gets its Dutch message; nothing is stored.
  await open(page, /^Corrigeren overdracht/, /Overdracht .* corrigeren/);
  await page.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(page.getByText("Vul reden van de correctie in.").first()).toBeVisible();
  await page.getByLabel("Reden van de correctie").fill("Controle");
  await page.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(page.getByText(/Er is niets gewijzigd/).first()).toBeVisible();

  // A monitoringsmoment: the score corrected, with the reason, in the history.
  await open(page, /^Corrigeren monitoringsmoment/, /Monitoringsmoment .* corrigeren/);
  await page.getByLabel("Veiligheidsscore").fill("11");
  await page.getByLabel("Reden van de correctie").fill("Score verkeerd overgenomen uit het gesprek");
  await page.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(page.getByText(/0 tot en met 10/).first()).toBeVisible();
  await page.getByLabel("Veiligheidsscore").fill("8");
  await page.getByRole("button", { name: "Correctie opslaan" }).click();
  const historie = page.getByRole("region", { name: /^Wijzigingshistorie/ });
  await expect(historie).toContainText("Score verkeerd overgenomen uit het gesprek");
  await expect(historie.getByRole("row").filter({ hasText: "Veiligheidsscore" })).toContainText("8");

  await page.goto(`/adviezen/${demoNummer("A", 1)}/corrigeren`);
  await expect(page.getByRole("heading", { level: 1, name: /Advies .* corrigeren/ })).toBeVisible();
  await expectAccessible(page);
});

test("a concept journaalregel can be opened, edited and removed by its author", async ({ page }) => {
  await loginAs(page, "casemanager");
  await page.goto(`/casussen/${CASUS}/journaal/nieuw`);
  // A choice made before the form is hydrated would be reset to its default.
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  await page.getByLabel("Soort").selectOption({ label: "E-mail of brief" });
  await page.getByLabel("Verslag").fill("Brief van de school over verzuim.");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  const regel = page.getByRole("article").filter({ hasText: "Brief van de school over verzuim." });
  await regel.getByRole("link", { name: "Concept bewerken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Concept journaalregel" })).toBeVisible();
  await expect(page.getByLabel("Verslag")).toHaveValue("Brief van de school over verzuim.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Concept verwijderen" }).click();
  await confirmStep(page, "Verwijderen");
  await expect(page).toHaveURL(new RegExp(`/casussen/${CASUS}#journaal$`));
  await expect(page.getByRole("article").filter({ hasText: "Brief van de school over verzuim." })).toHaveCount(0);
});
