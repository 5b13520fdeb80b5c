import { test, expect } from "../fixtures/test";
import { loginAs } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";
import { demoNummer } from "../fixtures/routes";

// Demo casus 6 (closed, no further steps): no other journey uses it. The journey lifts the afscherming again.
const CASUS = demoNummer("C", 6);

test("the team lead shields a dossier, chooses who may read it, and lifts it again", async ({ page }) => {
  await loginAs(page, "teamleider");
  await page.goto(`/casussen/${CASUS}`);
  await page.getByRole("region", { name: "Afscherming" }).getByRole("link", { name: "Dossier afschermen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dossier afschermen" })).toBeVisible();
  const form = page.getByRole("form", { name: "Dossier afschermen" });
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  await expectAccessible(page);

  // without a reason nothing is stored, and the field says why
  await form
    .getByRole("checkbox", { name: /\(Gedragswetenschapper\)$/ })
    .first()
    .check();
  await form.getByRole("button", { name: "Dossier afschermen" }).click();
  await expect(form.getByLabel("Reden")).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("Vul reden in.");

  await form.getByLabel("Reden").fill("Familie van een collega");
  await form.getByRole("button", { name: "Dossier afschermen" }).click();
  await expect(page).toHaveURL(new RegExp(`/casussen/${CASUS}$`));
  await expect(page.getByRole("note").filter({ hasText: "Afgeschermd dossier." })).toBeVisible();

  // the list as saved: the chosen colleague, the team lead who shielded it
  await page.getByRole("link", { name: "Wie dit afgeschermde dossier mag lezen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wie dit afgeschermde dossier mag lezen" })).toBeVisible();
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  const lijst = page.getByRole("form", { name: "Dossier afschermen" });
  await expect(lijst.getByRole("checkbox", { name: /\(Gedragswetenschapper\)$/ }).first()).toBeChecked();
  await expect(lijst.getByRole("checkbox", { name: /\(Teamleider\)$/ }).first()).toBeChecked();

  await lijst.getByLabel("Reden").fill("Collega uit dienst");
  await lijst.getByRole("button", { name: "Afscherming opheffen" }).click();
  await expect(page).toHaveURL(new RegExp(`/casussen/${CASUS}$`));
  await expect(page.getByRole("region", { name: "Afscherming" }).getByRole("link")).toHaveText("Dossier afschermen");
  await expect(page.getByRole("note").filter({ hasText: "Afgeschermd dossier." })).toHaveCount(0);
});
