import fs from "node:fs";
import { test, expect, type Page } from "../fixtures/test";
import { loginAs } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";
import { confirmStep } from "../fixtures/confirm";
import { demoNummer } from "../fixtures/routes";
import { hydrated } from "../fixtures/hydrated";

// Demo casus 4 (Bouali, in monitoring) is the case manager's. This journey adds to its journaal and documents
// and corrects Ahmed Bouali's BSN; no other journey looks at those.
const CASUS = demoNummer("C", 4);

async function nieuweRegel(page: Page, soort: string, verslag: string) {
  await page.goto(`/casussen/${CASUS}`);
  await hydrated(page);
  await page.getByRole("link", { name: "Journaalregel toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Journaalregel toevoegen" })).toBeVisible();
  // A choice made before the form is hydrated would be reset to its default.
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  await page.getByLabel("Soort").selectOption({ label: soort });
  await page.getByLabel("Verslag").fill(verslag);
}

test("the case manager keeps a journaal: two regels, one vastgelegd with an aanvulling, the other a concept", async ({
  page,
}) => {
  await loginAs(page, "casemanager");
  await nieuweRegel(page, "Huisbezoek", "Moeder vertelt dat het rustiger is.\nDe kinderen slapen weer goed.");
  await page.getByRole("checkbox", { name: "Fatima Bouali" }).check();
  await page.getByLabel("Met wie: anderen").fill("wijkagent");
  await page.getByRole("checkbox", { name: /Belangrijke gebeurtenis/ }).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(page).toHaveURL(new RegExp(`/casussen/${CASUS}#journaal$`));
  const huisbezoek = page.getByRole("article").filter({ hasText: "Moeder vertelt dat het rustiger is." });
  await expect(huisbezoek).toContainText("Concept");
  await expect(huisbezoek).toContainText("Met Fatima Bouali, wijkagent.");

  // A concept can not be left empty-handed: the form says what is missing, per field.
  await nieuweRegel(page, "Telefoongesprek", "");
  await page.getByRole("button", { name: "Vastleggen" }).click();
  await expect(page.getByText("Vul verslag in.").first()).toBeVisible();
  await page.getByLabel("Verslag").fill("School belt: Sara was vandaag niet op school.");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(page.getByRole("article").filter({ hasText: "School belt" })).toContainText("Concept");

  // Vastleggen the huisbezoek: after that it can only be added to.
  await huisbezoek.getByRole("button", { name: "Vastleggen" }).click();
  await confirmStep(page, "Vastleggen");
  await expect(huisbezoek).not.toContainText("Concept");
  await expect(huisbezoek).toContainText("Vastgelegd door");
  await expect(huisbezoek.getByRole("link", { name: "Concept bewerken" })).toHaveCount(0);
  await huisbezoek.getByText("Aanvulling toevoegen").click();
  await huisbezoek.getByLabel("Aanvulling").fill("Vader was ook even aanwezig.");
  await huisbezoek.getByRole("button", { name: "Aanvulling vastleggen" }).click();
  await expect(huisbezoek.getByRole("list", { name: "Aanvullingen" })).toContainText("Vader was ook even aanwezig.");
  await expectAccessible(page);

  // Filters: only important events; the chronologie lists the huisbezoek.
  await page.getByLabel("Alleen belangrijke gebeurtenissen").check();
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page.getByRole("article").filter({ hasText: "School belt" })).toHaveCount(0);
  await expect(page.getByRole("article").filter({ hasText: "Moeder vertelt" })).toHaveCount(1);
  // The filter is a plain GET form: a full page load, and a link clicked while it hydrates can be lost.
  await hydrated(page);
  await page.getByRole("link", { name: "Chronologie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Chronologie casus ${CASUS}` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Belangrijke gebeurtenis" })).toContainText("Moeder vertelt");
  await expectAccessible(page);

  // The concept waits on the start page, for its author only.
  await page.goto("/mijn-casussen");
  await expect(page.getByRole("region", { name: /Mijn concepten/ })).toContainText(CASUS);
});

test("the case manager adds a zorgmelding PDF and downloads exactly the same bytes; an .exe is refused", async ({
  page,
}) => {
  await loginAs(page, "casemanager");
  await page.goto(`/casussen/${CASUS}`);
  await hydrated(page);
  await page.getByRole("link", { name: "Document toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Document toevoegen" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Bestand").setInputFiles("e2e/fixtures/bestanden/programma-als.pdf");
  await page.getByLabel("Titel").fill("Zorgmelding politie");
  await page.getByLabel("Soort").selectOption({ label: "Zorgmelding politie" });
  await page.getByRole("button", { name: "Document toevoegen" }).click();
  await expect(page.getByText(/Dit soort bestand \(EXE\) kan niet in het dossier/).first()).toBeVisible();

  await page.getByLabel("Bestand").setInputFiles("e2e/fixtures/bestanden/zorgmelding.pdf");
  await page.getByRole("button", { name: "Document toevoegen" }).click();
  await expect(page).toHaveURL(new RegExp(`/casussen/${CASUS}#documenten$`));
  const rij = page.getByRole("row").filter({ hasText: "Zorgmelding politie" });
  await expect(rij).toContainText("zorgmelding.pdf");

  const download = page.waitForEvent("download");
  await rij.getByRole("link", { name: /Downloaden/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("zorgmelding.pdf");
  const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
  expect(bytes.equals(fs.readFileSync("e2e/fixtures/bestanden/zorgmelding.pdf"))).toBe(true);
});

test("the case manager corrects a BSN with a reason and sees the history", async ({ page }) => {
  await loginAs(page, "casemanager");
  await page.goto(`/casussen/${CASUS}`);
  await hydrated(page);
  await page.getByRole("link", { name: "Corrigeren Ahmed Bouali" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Betrokkene corrigeren: Ahmed Bouali" })).toBeVisible();
  await expect(page.getByLabel("BSN")).toHaveValue("757491182");
  await expectAccessible(page);

  await page.getByLabel("BSN").fill("123456789");
  await page.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(page.getByText("Vul reden van de correctie in.").first()).toBeVisible();
  await expect(page.getByText(/elfproef/).first()).toBeVisible();

  await page.getByLabel("BSN").fill("123456782");
  await page.getByLabel("Reden van de correctie").fill("BSN verkeerd overgenomen uit de zorgmelding");
  await page.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(page).toHaveURL(new RegExp(`/casussen/${CASUS}#wijzigingshistorie$`));
  const historie = page.getByRole("region", { name: /Wijzigingshistorie/ });
  await expect(historie).toContainText("BSN verkeerd overgenomen uit de zorgmelding");
  await expect(historie.getByRole("row").filter({ hasText: "BSN" })).toContainText("757491182");
  await expect(historie.getByRole("row").filter({ hasText: "BSN" })).toContainText("123456782");
  await expect(page.getByRole("row").filter({ hasText: "Ahmed Bouali" }).first()).toContainText("123456782");
});
