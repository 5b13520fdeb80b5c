import { test, expect } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";
import {
  card,
  enterNewPerson,
  expectAccessible,
  fillMelder,
  randomBsn,
  uniqueName,
  werkvoorraadRij,
  wrongBsn,
} from "./helpers";
import { confirmStep } from "../fixtures/confirm";

test("(2) a melding with two betrokkenen (wrong BSN corrected), the beoordeling, confirmed by the gedragswetenschapper", async ({
  page,
}) => {
  const achternaam = uniqueName("Verbeek");
  const [bsnMoeder, bsnKind] = [randomBsn(), randomBsn()];
  await loginAs(page, "triage");
  await page.getByRole("link", { name: "Nieuwe melding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe melding" })).toBeVisible();
  await expectAccessible(page);
  await fillMelder(page);

  // The first betrokkene: searched by name and date of birth, then entered with a mistyped BSN.
  const eerste = card(page, 1);
  await enterNewPerson(
    eerste,
    { voornamen: "Sara", achternaam, geboortedatum: "1988-04-12", rol: "Slachtoffer", geslacht: "Vrouw" },
    { typedBsn: wrongBsn(bsnMoeder) },
  );
  await page.getByRole("button", { name: "Betrokkene toevoegen" }).click();
  await enterNewPerson(card(page, 2), {
    bsn: bsnKind,
    voornamen: "Milan",
    achternaam,
    geboortedatum: "2019-02",
    rol: "Kind",
    geslacht: "Man",
  });
  // The same household: the child's address is taken over from the mother instead of typed again.
  const tweede = card(page, 2);
  await tweede.getByLabel("Straat").fill("");
  await tweede.getByLabel("Postcode").fill("");
  await tweede
    .getByLabel("Zelfde adres als …")
    .selectOption({ label: `Betrokkene 1: Sara ${achternaam} (Zwaanshals 14b, 3035 KS)` });
  await expect(tweede.getByLabel("Straat")).toHaveValue("Zwaanshals");
  await expect(tweede.getByLabel("Postcode")).toHaveValue("3035 KS");
  await expect(tweede.getByText("Adres overgenomen van betrokkene 1.")).toBeVisible();
  await page.getByLabel("Gemeente").selectOption({ label: "Rotterdam" });
  await expectAccessible(page);

  await page.getByRole("button", { name: "Melding registreren" }).click();
  await expect(eerste.getByLabel("BSN")).toHaveAccessibleDescription(/Dit BSN voldoet niet aan de elfproef/);
  await expect(page).toHaveURL(/\/meldingen\/nieuw$/);
  await eerste.getByLabel("BSN").fill(bsnMoeder);
  await page.getByRole("button", { name: "Melding registreren" }).click();

  await expect(page).toHaveURL(/\/meldingen\/M\d{4}-\d+$/);
  const melding = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: `Melding ${melding}` })).toBeVisible();
  const betrokkenen = page.getByRole("table", { name: `Betrokkenen bij melding ${melding}` });
  await expect(betrokkenen.getByRole("row")).toHaveCount(3);
  await expect(betrokkenen.getByRole("row", { name: new RegExp(`Sara ${achternaam}`) })).toContainText(bsnMoeder);
  await expect(betrokkenen.getByRole("row", { name: new RegExp(`Milan ${achternaam}`) })).toContainText(
    "februari 2019",
  );
  await expect(page.getByText("Eerste melding van de casus")).toBeVisible();
  await expect(page.getByTestId("termijn-status").first()).toHaveText(/Nog 5 werkdagen/);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Veiligheidsbeoordeling vastleggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Veiligheidsbeoordeling" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Besloten met").selectOption({ label: "Dr. Gerda Bakker (Gedragswetenschapper)" });
  await page.getByLabel("Veiligheidstaxatie").selectOption({ label: "Structurele onveiligheid" });
  await page.getByLabel("Inhoud").selectOption({ label: "Vervolgstappen beleggen bij Veilig Thuis" });
  await page.getByLabel("Toelichting").fill("Herhaald geweld in aanwezigheid van het kind; onderzoek nodig.");
  await page.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await expect(page.getByText("Wacht op vaststelling door een gedragswetenschapper of teamleider")).toBeVisible();
  await expect(page.getByRole("button", { name: "Wijziging opslaan" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Vaststellen" })).toHaveCount(0);

  await page.goto("/werkvoorraad");
  await expect(werkvoorraadRij(page, melding)).toContainText("Wacht op vaststelling");
  await logout(page);

  await loginAs(page, "gedragswetenschapper");
  await expect(page.getByRole("heading", { level: 1, name: "Te bevestigen" })).toBeVisible();
  await expectAccessible(page);
  const rij = page.getByRole("row", { name: new RegExp(melding) });
  await expect(rij).toContainText("Structurele onveiligheid");
  await expect(rij).toContainText("Tessa de Vries");
  await rij.getByRole("link", { name: /Bekijken en vaststellen/ }).click();
  await expect(page.getByRole("button", { name: "Wijziging opslaan" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Vaststellen" }).click();
  await confirmStep(page, "Vaststellen");
  await expect(page.getByText("Vastgesteld (definitief)")).toBeVisible();
  await expect(page.getByText(/^Dr\. Gerda Bakker op \d{1,2} \w+ 20\d\d/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Vaststellen" })).toHaveCount(0);
  await page.goto("/te-bevestigen");
  await expect(page.getByRole("row", { name: new RegExp(melding) })).toHaveCount(0);
});
