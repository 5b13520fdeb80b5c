import { test, expect } from "../fixtures/test";
import { DEMO_PASSWORD, loginAs, logout } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";

// The session ends while a form is open (here: the same person logs out in another tab; idle timeout and an
// administrator ending the session take the same path). Saving says so in a dialog on the page; logging in
// there keeps everything typed, and the next save goes through.
test("a session that ends while a form is open: log in again on the page, the input stays, the save works", async ({
  page,
  context,
}) => {
  await loginAs(page, "triage");
  await page.goto("/adviezen/nieuw");
  await expect(page.locator("form[data-hydrated]")).toBeAttached(); // choices made before hydration are lost
  const vraag = "Buurvrouw hoort 's nachts geschreeuw en vraagt wat zij kan doen.";
  await page.getByLabel("Gemeente").selectOption({ label: "Schiedam" });
  await page.getByLabel("Functie of rol").selectOption({ label: "Buurtbewoner" });
  await page.getByRole("checkbox", { name: "(Ex-)partnergeweld" }).check();
  await page.getByLabel("Duur", { exact: true }).selectOption({ label: "1 maand tot 6 maanden" });
  await page.getByLabel("Adviesvraag").fill(vraag);

  const elders = await context.newPage();
  await elders.goto("/");
  await logout(elders);
  await elders.close();

  await page.getByRole("button", { name: "Advies registreren" }).click();
  const dialog = page.getByRole("dialog", { name: "Uw sessie is verlopen" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("Wat u heeft ingevuld blijft in het formulier staan")).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel("Gebruikersnaam").fill("triage");
  await dialog.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await dialog.getByRole("button", { name: "Inloggen" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("form-error")).toContainText("U bent weer ingelogd");
  await expect(page.getByLabel("Adviesvraag")).toHaveValue(vraag);
  await expect(page.getByRole("checkbox", { name: "(Ex-)partnergeweld" })).toBeChecked();

  await page.getByRole("button", { name: "Advies registreren" }).click();
  await expect(page).toHaveURL(/\/adviezen\/A\d{4}-\d+$/);
  await expect(page.getByText(vraag)).toBeVisible();
});

test("two minutes before the idle timeout a dialog warns, and 'Blijf ingelogd' keeps the session", async ({ page }) => {
  await loginAs(page, "teamleider");
  await page.clock.install(); // the page's timers run on the test's clock from here
  await page.goto("/termijnen");
  await expect(page.locator("body[data-sessie-timer]")).toHaveCount(1); // the page's timers are set
  await page.clock.runFor(13 * 60 * 1000 + 1000);
  const dialog = page.getByRole("dialog", { name: "U wordt bijna uitgelogd" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Blijf ingelogd" }).click();
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(60 * 1000);
  await expect(page).toHaveURL(/\/termijnen$/);
});
