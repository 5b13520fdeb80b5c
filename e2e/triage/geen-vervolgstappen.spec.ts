import { test, expect } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";
import { confirmStep } from "../fixtures/confirm";
import {
  expectAccessible,
  openTeBevestigen,
  randomBsn,
  recordBeoordeling,
  registerMelding,
  uniqueName,
} from "./helpers";

test("a 'Geen vervolgstappen nodig' casus is closed when the gedragswetenschapper vaststelt", async ({ page }) => {
  await loginAs(page, "triage");
  const { nummer, casus } = await registerMelding(page, [
    {
      bsn: randomBsn(),
      voornamen: "Joost",
      achternaam: uniqueName("Visser"),
      geboortedatum: "1975-08-30",
      rol: "Pleger",
      geslacht: "Man",
    },
  ]);
  await page.getByRole("link", { name: "Veiligheidsbeoordeling vastleggen" }).click();
  await recordBeoordeling(page, { taxatie: "Geen zorgen over de veiligheid", inhoud: "Geen vervolgstappen nodig" });
  await page.goto("/af-te-sluiten");
  await expect(page.getByRole("heading", { level: 1, name: "Af te sluiten" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(casus) })).toHaveCount(0);
  await expectAccessible(page);
  await logout(page);

  await loginAs(page, "gedragswetenschapper");
  await openTeBevestigen(page, nummer);
  await page.getByRole("button", { name: "Vaststellen" }).click();
  await confirmStep(page, "Vaststellen");
  await expect(page.getByText("De casus is gesloten; er kan niets meer worden vastgelegd.")).toBeVisible();
  await page.goto(`/casussen/${casus}`);
  await expect(page.getByText(/Gesloten/).first()).toBeVisible();
  await logout(page);

  // Nothing is left on the voordeur's list.
  await loginAs(page, "triage");
  await page.goto("/af-te-sluiten");
  await expect(page.getByRole("row", { name: new RegExp(casus) })).toHaveCount(0);
});
