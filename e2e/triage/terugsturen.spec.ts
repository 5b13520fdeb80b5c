import { test, expect } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";
import {
  expectAccessible,
  openTeBevestigen,
  randomBsn,
  recordBeoordeling,
  registerMelding,
  uniqueName,
  vaststellen,
  werkvoorraadRij,
} from "./helpers";

test("the gedragswetenschapper sends a beoordeling back; triage sees the signal, fixes it, and it is vastgesteld", async ({
  page,
}) => {
  await loginAs(page, "triage");
  const { nummer } = await registerMelding(page, [
    {
      bsn: randomBsn(),
      voornamen: "Nina",
      achternaam: uniqueName("Bos"),
      geboortedatum: "2012-02-14",
      rol: "Kind",
      geslacht: "Vrouw",
    },
  ]);
  await page.getByRole("link", { name: "Veiligheidsbeoordeling vastleggen" }).click();
  await recordBeoordeling(page, {
    taxatie: "Eenmalige onveilige situatie",
    inhoud: "Vervolgstappen beleggen bij Veilig Thuis",
  });
  await logout(page);

  await loginAs(page, "gedragswetenschapper");
  await openTeBevestigen(page, nummer);
  // Without a remark nothing is sent back.
  await page.getByRole("button", { name: "Terugsturen" }).click();
  await expect(page.getByLabel("Opmerking voor wie de beoordeling vastlegde")).toHaveAccessibleDescription(
    /Vul opmerking in/,
  );
  await page
    .getByLabel("Opmerking voor wie de beoordeling vastlegde")
    .fill("Het kind was getuige van herhaald geweld: dat is structurele onveiligheid.");
  await page.getByRole("button", { name: "Terugsturen" }).click();
  await expect(page.getByText("Teruggestuurd", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Vaststellen" })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/te-bevestigen");
  await expect(page.getByRole("row", { name: new RegExp(nummer) })).toHaveCount(0);
  await logout(page);

  // Triage: the bell counts the signal; it opens the beoordeling with the remark.
  await loginAs(page, "triage");
  await expect(page.getByTestId("signalen-bel")).toHaveAccessibleName(/Signalen [1-9]\d* ongelezen/);
  await page.getByTestId("signalen-bel").click();
  await expect(page.getByRole("heading", { level: 1, name: "Signalen" })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole("link", { name: `De veiligheidsbeoordeling van melding ${nummer} is teruggestuurd met een opmerking.` })
    .click();
  await expect(
    page.getByText("Het kind was getuige van herhaald geweld: dat is structurele onveiligheid."),
  ).toBeVisible();
  await page.getByLabel("Veiligheidstaxatie").selectOption({ label: "Structurele onveiligheid" });
  await page.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(page.getByText("Teruggestuurd", { exact: true })).toHaveCount(0);
  await page.goto("/werkvoorraad");
  await expect(werkvoorraadRij(page, nummer)).toContainText("Wacht op vaststelling");
  await logout(page);

  await loginAs(page, "gedragswetenschapper");
  await openTeBevestigen(page, nummer);
  await vaststellen(page);
});
