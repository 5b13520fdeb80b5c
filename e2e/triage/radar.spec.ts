import { test, expect } from "../fixtures/test";
import { loginAs } from "../fixtures/login";
import {
  card,
  enterNewPerson,
  expectAccessible,
  fillMelder,
  kiesAcuut,
  kiesAnoniem,
  randomBsn,
  registerMelding,
  uniqueName,
  werkvoorraadRij,
} from "./helpers";

test("(3) a second melding about the same family: the radar shows the open casus and the melding joins it", async ({
  page,
}) => {
  const achternaam = uniqueName("Yilmaz");
  const bsnVader = randomBsn();
  await loginAs(page, "triage");
  // The first melding came in two weeks ago and has not been assessed: its deadline has passed.
  const eerste = await registerMelding(
    page,
    [{ bsn: bsnVader, voornamen: "Emre", achternaam, geboortedatum: "1983", rol: "Pleger", geslacht: "Man" }],
    "2026-11-09",
  );
  await page.goto("/werkvoorraad");
  await expect(werkvoorraadRij(page, eerste.nummer)).toContainText("Termijn verstreken");
  await expect(werkvoorraadRij(page, eerste.nummer)).toContainText("Nog te beoordelen");

  await page.getByRole("link", { name: "Nieuwe melding" }).click();
  await fillMelder(page);
  const c1 = card(page, 1);
  await c1.getByLabel("BSN").fill(bsnVader);
  await c1.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(c1.getByText("1 persoon gevonden.")).toBeVisible();
  await expect(c1.getByRole("heading", { name: `Emre ${achternaam}` })).toBeVisible();
  await expect(c1.getByTestId("radar-status")).toContainText(`Open casus ${eerste.casus}`);
  await expect(
    c1
      .getByRole("table", { name: `Casussen van Emre ${achternaam}` })
      .getByRole("row", { name: new RegExp(eerste.casus) }),
  ).toContainText("Open");
  await expectAccessible(page);
  await c1.getByRole("button", { name: "Deze persoon gebruiken" }).click();
  await expect(c1.getByText(`Wordt gekoppeld in de open casus ${eerste.casus}.`)).toBeVisible();
  await expect(page.getByTestId("casus-keuze")).toHaveText(
    `Deze melding wordt een vervolgmelding in de open casus ${eerste.casus}.`,
  );
  await expect(page.getByLabel("Gemeente")).toHaveCount(0);

  await page.getByRole("button", { name: "Betrokkene toevoegen" }).click();
  await enterNewPerson(card(page, 2), {
    bsn: randomBsn(),
    voornamen: "Elif",
    achternaam,
    geboortedatum: "2014-07-30",
    rol: "Kind",
    geslacht: "Vrouw",
  });
  await page.getByRole("button", { name: "Melding registreren" }).click();

  await expect(page).toHaveURL(/\/meldingen\/M\d{4}-\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Melding M/);
  await expect(page.getByText(`Vervolgmelding in casus ${eerste.casus}`)).toBeVisible();
  await expect(page.getByRole("link", { name: eerste.nummer })).toBeVisible();
  const tabel = page.getByRole("table", { name: /Betrokkenen bij melding/ });
  await expect(tabel.getByRole("row", { name: new RegExp(`Emre ${achternaam}`) })).toContainText("1");
  await expect(tabel.getByRole("row", { name: new RegExp(`Elif ${achternaam}`) })).toBeVisible();
});

test("(5) a new melding about a person whose casus is closed opens a NEW casus marked as hermelding", async ({
  page,
}) => {
  await loginAs(page, "triage");
  await page.goto("/meldingen/nieuw");
  // A choice made before the form is hydrated would be reset to its default.
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  await page.getByLabel("Functie of rol").selectOption({ label: "Verpleegkundige of verzorgende" });
  await page
    .getByLabel("Organisatie", { exact: true })
    .selectOption({ label: "Verpleeg- of verzorgingshuis, thuiszorg" });
  await page.getByLabel("Naam melder").fill("Wijkverpleegkundige M. Peters");
  await kiesAnoniem(page, true);
  await kiesAcuut(page);
  await page.getByRole("checkbox", { name: "Ouderenmishandeling (65 jaar en ouder)" }).check();
  await page.getByLabel("Duur", { exact: true }).selectOption({ label: "Onbekend" });

  const c1 = card(page, 1);
  await c1.getByLabel("BSN").fill("895559791");
  await c1.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(c1.getByRole("heading", { name: "Johanna de Groot" })).toBeVisible();
  await expect(c1.getByTestId("radar-status")).toContainText("Geen open casus: alle casussen zijn gesloten");
  const historie = c1.getByRole("table", { name: "Casussen van Johanna de Groot" });
  await expect(historie.getByRole("row")).toHaveCount(2);
  await expect(historie.getByRole("row").nth(1)).toContainText("Gesloten");
  await expect(historie.getByRole("row").nth(1)).toContainText("20 februari 2026");
  await expect(
    c1.getByText(/Laatste veiligheidsbeoordeling:.*5 februari 2026.*Multiproblematische leefsituatie.*Overdracht/),
  ).toBeVisible();
  const oudeCasus = (await historie.getByRole("row").nth(1).getByRole("rowheader").textContent())!.trim();
  await expectAccessible(page);

  await c1.getByRole("button", { name: "Deze persoon gebruiken" }).click();
  await expect(c1.getByText("de gegevens worden overgenomen in de nieuwe casus (hermelding)")).toBeVisible();
  await expect(c1.getByLabel("Rol in de casus")).toHaveValue("SLACHTOFFER");
  await expect(page.getByTestId("casus-keuze")).toContainText("een hermelding");
  await page.getByLabel("Gemeente").selectOption({ label: "Lansingerland" });
  await page.getByRole("button", { name: "Melding registreren" }).click();

  await expect(page).toHaveURL(/\/meldingen\/M\d{4}-\d+$/);
  await expect(page.getByText("hermelding (eerder bekend)")).toBeVisible();
  await expect(page.getByText("Eerste melding van de casus")).toBeVisible();
  const nieuweCasus = (await page
    .getByRole("link", { name: /^C\d{4}-\d+$/ })
    .first()
    .textContent())!;
  expect(nieuweCasus).not.toBe(oudeCasus);
  await expect(
    page.getByRole("table", { name: /Betrokkenen bij melding/ }).getByRole("row", { name: /Johanna de Groot/ }),
  ).toContainText("895559791");
  await expect(page.getByText("Wijkverpleegkundige M. Peters")).toBeVisible(); // triage may see the anonymous melder
});
