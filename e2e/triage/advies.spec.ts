import { test, expect } from "../fixtures/test";
import { loginAs } from "../fixtures/login";
import { card, enterNewPerson, expectAccessible, kiesAcuut, kiesAnoniem, randomBsn, uniqueName } from "./helpers";
import { confirmStep } from "../fixtures/confirm";

test("(1) triage records an advies, adds a contact and closes it", async ({ page }) => {
  await loginAs(page, "triage");
  await page.getByRole("link", { name: "Nieuw advies" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw advies" })).toBeVisible();
  await expect(page.locator("form[data-hydrated]")).toBeAttached(); // choices made before hydration are lost
  await expect(page.getByText("zonder persoonsgegevens van het gezin")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Gemeente").selectOption({ label: "Schiedam" });
  // A neighbour is not a professional: no organisatie is asked.
  await page.getByLabel("Functie of rol").selectOption({ label: "Buurtbewoner" });
  await expect(page.getByLabel("Organisatie", { exact: true })).toHaveValue("Niet van toepassing (niet-beroepsmatig)");
  await page.getByLabel("Functie of rol").selectOption({ label: "Huisarts" });
  await page.getByRole("button", { name: "Advies registreren" }).click();
  await expect(page.getByText("Kies de organisatie van de beroepsmatige functie.")).toBeVisible();
  await page.getByLabel("Organisatie", { exact: true }).selectOption({ label: "Huisartsenpraktijk" });
  await page.getByRole("checkbox", { name: "(Ex-)partnergeweld" }).check();
  await page.getByLabel("Duur", { exact: true }).selectOption({ label: "1 maand tot 6 maanden" });
  await page
    .getByLabel("Adviesvraag")
    .fill("Huisarts ziet bij een patiënte herhaald letsel en vraagt hoe zij het gesprek aangaat.");
  await page.getByLabel("Notitie eerste contact").fill("Meldcode doorgenomen; huisarts gaat in gesprek.");
  await page.getByRole("button", { name: "Advies registreren" }).click();

  await expect(page).toHaveURL(/\/adviezen\/A\d{4}-\d+$/);
  const nummer = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: `Advies ${nummer}` })).toBeVisible();
  await expect(page.getByText("Huisartsenpraktijk")).toBeVisible();
  await expectAccessible(page);

  await page
    .getByLabel("Notitie", { exact: true })
    .fill("Huisarts belt terug: gesprek gevoerd, patiënte accepteert hulp.");
  await page.getByRole("button", { name: "Contact toevoegen" }).click();
  await expect(page.getByText("Contact toegevoegd.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Contacten" }).getByRole("listitem")).toHaveCount(2);

  await page.getByLabel("Einddatum").fill("2026-11-01");
  await page.getByRole("button", { name: "Advies afsluiten" }).click();
  await confirmStep(page, "Advies afsluiten");
  await expect(page.getByText(/De einddatum ligt vóór de startdatum/)).toBeVisible();
  await page.getByLabel("Einddatum").fill("2026-11-23");
  await page.getByRole("button", { name: "Advies afsluiten" }).click();
  await confirmStep(page, "Advies afsluiten");
  await expect(page.getByText("Afgesloten op 23 november 2026").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Contact toevoegen" })).toHaveCount(0);
  await expect(page.getByText("er kunnen geen contacten meer worden toegevoegd")).toBeVisible();

  await page.goto("/werkvoorraad");
  await expect(page.getByRole("link", { name: nummer })).toHaveCount(0);
  await expectAccessible(page);

  // The closed advies is found again: on Mijn adviezen and by its number in Zoeken.
  await page.getByRole("link", { name: "Adviezen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn adviezen" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(nummer) })).toContainText("Afgesloten op 23 november 2026");
  await expectAccessible(page);
  await page.goto("/zoeken");
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  await page.getByLabel("Zoekterm").fill(nummer.replace(/-0+/, "-").toLowerCase());
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("region", { name: "Resultaten" })).toContainText("1 advies gevonden");
  await page.getByRole("link", { name: `Advies ${nummer}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Advies ${nummer}` })).toBeVisible();
});

test("an open advies is turned into a melding: prefilled, linked both ways", async ({ page }) => {
  await loginAs(page, "triage");
  await page.goto("/adviezen/nieuw");
  await expect(page.locator("form[data-hydrated]")).toBeAttached(); // choices made before hydration are lost
  await page.getByLabel("Gemeente").selectOption({ label: "Rotterdam" });
  await page.getByLabel("Functie of rol").selectOption({ label: "Leerkracht, mentor of intern begeleider" });
  await page.getByLabel("Organisatie", { exact: true }).selectOption({ label: "Onderwijs" });
  await page.getByRole("checkbox", { name: "Kindermishandeling", exact: true }).check();
  await page.getByLabel("Duur", { exact: true }).selectOption({ label: "6 maanden tot 1 jaar" });
  await page.getByRole("button", { name: "Advies registreren" }).click();
  await expect(page).toHaveURL(/\/adviezen\/A\d{4}-\d+$/);
  const advies = page.url().split("/").pop()!;

  await page.getByRole("link", { name: "Omzetten naar melding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe melding" })).toBeVisible();
  await expect(page.getByText(`Omzetten van advies ${advies}`)).toBeVisible();
  await expect(page.getByLabel("Functie of rol")).toHaveValue("28");
  await expect(page.getByLabel("Organisatie", { exact: true })).toHaveValue("10");
  await expect(page.getByRole("checkbox", { name: "Kindermishandeling", exact: true })).toBeChecked();
  await expect(page.getByLabel("Duur", { exact: true })).toHaveValue("04");
  await expectAccessible(page);

  await page.getByLabel("Naam melder").fill("Meester Jansen");
  await kiesAnoniem(page, false);
  await kiesAcuut(page);
  await enterNewPerson(card(page, 1), {
    bsn: randomBsn(),
    voornamen: "Noor",
    achternaam: uniqueName("Kramer"),
    geboortedatum: "2016-09",
    rol: "Kind",
    geslacht: "Vrouw",
  });
  await page.getByRole("button", { name: "Melding registreren" }).click();
  await expect(page).toHaveURL(/\/meldingen\/M\d{4}-\d+$/);
  const melding = page.url().split("/").pop()!;
  await expect(page.getByRole("link", { name: advies })).toBeVisible();

  await page.getByRole("link", { name: advies }).click();
  await expect(page.getByText(`Dit advies is omgezet naar melding ${melding}`)).toBeVisible();
  await expect(page.getByText("Afgesloten op 23 november 2026").first()).toBeVisible();
});
