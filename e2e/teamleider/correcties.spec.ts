import { test, expect, type Page } from "../fixtures/test";
import { loginAs } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";
import { confirmStep } from "../fixtures/confirm";
import { demoNummer } from "../fixtures/routes";

// Demo casus 10 (2025): one phone call registered twice as a melding; Sanne Brouwer's BSN was unknown (K12).
// No other journey uses the second half of 2025 or this casus.
const CASUS = demoNummer("C", 10);

async function conceptLevering2025H2(page: Page) {
  await page.goto("/leveringen");
  // A choice made before the form is hydrated would be reset to its default.
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  await page.getByLabel("Periode").selectOption("2025H2");
  await page.getByLabel("Regulier").check();
  await page.getByRole("button", { name: "Levering maken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Levering VT18_2025H2_R\d{2}\.txt/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kwaliteitsrapport" })).toBeVisible({ timeout: 30_000 });
}

async function bestand(page: Page): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Bestand downloaden" }).click();
  return Buffer.concat(await (await (await download).createReadStream()).toArray()).toString("latin1");
}

test("a Herstellen link opens the betrokkene's correction form, and the fix removes the finding", async ({ page }) => {
  await loginAs(page, "teamleider");
  await conceptLevering2025H2(page);
  const herstel = page
    .getByRole("link", { name: "Corrigeren" })
    .and(page.locator(`a[href="/casussen/${CASUS}/betrokkenen/1/corrigeren"]`));
  await expect(herstel).toHaveCount(1);
  await herstel.click();
  await expect(page.getByRole("heading", { level: 1, name: "Betrokkene corrigeren: Sanne Brouwer" })).toBeVisible();
  await page.getByLabel("BSN").fill("111222333");
  await page.getByLabel("Reden van de correctie").fill("BSN nagezocht in het BRP");
  await page.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(page.getByRole("region", { name: /Wijzigingshistorie/ })).toContainText("BSN nagezocht in het BRP");

  await conceptLevering2025H2(page);
  await expect(page.locator(`a[href="/casussen/${CASUS}/betrokkenen/1/corrigeren"]`)).toHaveCount(0);
});

test("the team lead withdraws a melding registered twice; the next concept delivery no longer has it", async ({
  page,
}) => {
  await loginAs(page, "teamleider");
  await page.goto(`/casussen/${CASUS}`);
  const kaarten = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /^Melding M/ }) });
  await expect(kaarten).toHaveCount(2);
  const dubbel = kaarten.nth(1);
  const nummer = ((await dubbel.getByRole("heading").first().innerText()).match(/M\d{4}-\d{6}/) ?? [""])[0];
  const eerste = ((await kaarten.nth(0).getByRole("heading").first().innerText()).match(/M\d{4}-\d{6}/) ?? [""])[0];
  expect(nummer).not.toBe("");

  await conceptLevering2025H2(page);
  expect(await bestand(page)).toContain(nummer);

  await page.goto(`/casussen/${CASUS}`);
  await dubbel.locator("summary", { hasText: "Melding intrekken" }).click();
  await dubbel.getByRole("button", { name: "Melding intrekken" }).click();
  await expect(dubbel.getByText("Vul reden van intrekken in.").first()).toBeVisible();
  await dubbel.getByLabel("Reden van intrekken").fill(`Zelfde telefoontje als ${eerste}`);
  await dubbel.getByRole("button", { name: "Melding intrekken" }).click();
  await confirmStep(page, "Intrekken");
  await expect(dubbel.getByRole("heading").first()).toContainText("ingetrokken");
  await expect(dubbel).toContainText("Deze melding wordt niet aan CBS geleverd.");
  await expectAccessible(page);

  await conceptLevering2025H2(page);
  const tekst = await bestand(page);
  expect(tekst).not.toContain(nummer);
  expect(tekst).toContain(eerste);
});
