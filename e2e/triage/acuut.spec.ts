import { test, expect } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";
import {
  card,
  enterNewPerson,
  expectAccessible,
  fillMelder,
  openTeBevestigen,
  randomBsn,
  recordBeoordeling,
  uniqueName,
  vaststellen,
  werkvoorraadRij,
} from "./helpers";

test("an acute melding jumps to the top of the werkvoorraad and is beoordeeld the same day", async ({ page }) => {
  const achternaam = uniqueName("Dekker");
  await loginAs(page, "triage");
  await page.goto("/meldingen/nieuw");
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  await fillMelder(page, { acuut: "Dreiging met een mes; de kinderen zijn thuis." });
  await page.getByRole("checkbox", { name: "Lichamelijk geweld" }).check();
  await page.getByRole("checkbox", { name: "Getuige van partnergeweld" }).check();
  await page.getByLabel("Registratienummer politie (BVH)").fill("PL1300-2026998877");
  await page.getByLabel("Datum en tijd incident").fill("2026-11-23T07:45");
  await page.getByRole("radio", { name: "Ja", exact: true }).check();
  await enterNewPerson(card(page, 1), {
    bsn: randomBsn(),
    voornamen: "Lotte",
    achternaam,
    geboortedatum: "1990-05-02",
    rol: "Slachtoffer",
    geslacht: "Vrouw",
  });
  await page.getByLabel("Gemeente").selectOption({ label: "Rotterdam" });
  await expectAccessible(page);
  await page.getByRole("button", { name: "Melding registreren" }).click();
  await expect(page).toHaveURL(/\/meldingen\/M\d{4}-\d+$/);
  const melding = page.url().split("/").pop()!;
  await expect(page.getByText("Ja — Dreiging met een mes; de kinderen zijn thuis.")).toBeVisible();
  await expect(page.getByTestId("termijn-status").first()).toHaveText(/Acuut — vandaag beoordelen/);
  await expect(page.getByText("Lichamelijk geweld, Getuige van partnergeweld")).toBeVisible();
  await expect(page.getByText("PL1300-2026998877")).toBeVisible();

  // At the top of the werkvoorraad, marked, however old the other meldingen are.
  await page.goto("/werkvoorraad");
  const eerste = page.getByTestId("werkvoorraad-melding").first();
  await expect(eerste).toHaveAttribute("data-acuut", "true");
  const rij = werkvoorraadRij(page, melding);
  await expect(rij).toContainText("Acuut");
  await expectAccessible(page);
  await rij.getByRole("link", { name: "Direct beoordelen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Veiligheidsbeoordeling" })).toBeVisible();
  await recordBeoordeling(page, { taxatie: "Acute onveiligheid", inhoud: "Vervolgstappen beleggen bij Veilig Thuis" });
  await logout(page);

  await loginAs(page, "gedragswetenschapper");
  await openTeBevestigen(page, melding);
  await vaststellen(page);
  await page.goto(`/meldingen/${melding}`);
  await expect(page.getByTestId("termijn-status").first()).toHaveText("Binnen de termijn beoordeeld");
  await logout(page);

  // The team lead sees the acute share apart from the 5-werkdagen figure.
  await loginAs(page, "teamleider");
  await page.goto("/termijnen?van=2026-11-01&tot=2026-11-23");
  const acuut = page.getByRole("region", { name: "Acute meldingen binnen 24 uur beoordeeld" });
  await expect(acuut.getByTestId("acuut-percentage")).toHaveText("100 %");
  await expectAccessible(page);
});
