import { generate } from "otplib";
import { applyTestClock, test, expect, type Page } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";
import { confirmStep } from "../fixtures/confirm";

// The beheerder makes an account; its first login sets a password of its own and enrols the second factor before
// anything else opens; later logins need a code from the app or a recovery code, each accepted once.

async function loginWith(page: Page, username: string, password: string, code?: string) {
  await page.goto("/login");
  await page.getByLabel("Gebruikersnaam").fill(username);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  if (code === undefined) return;
  await expect(page.getByText("Vul de code uit uw authenticator-app in, of een van uw herstelcodes.")).toBeVisible();
  await page.getByLabel("Code uit de authenticator-app of herstelcode").fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** Waits until the authenticator shows a code for a new 30-second step (a code is accepted only once). */
async function nextCode(page: Page, secret: string) {
  await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
  return generate({ secret });
}

test("a new account: one-time password, own password, second factor, recovery code, and a code used only once", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const username = `collega${Date.now() % 100000}`;
  await loginAs(page, "beheerder");
  await page.goto("/beheer/gebruikers");
  await page.locator('form[aria-label="Nieuw account"][data-hydrated]').waitFor();
  await page.getByLabel("Gebruikersnaam").fill(username);
  await page.getByLabel("Naam", { exact: true }).fill("Nieuwe Collega");
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Medewerker voordeur (triage)" });
  await page.getByRole("button", { name: "Account maken" }).click();
  const eenmalig = (await page.getByTestId("eenmalig-wachtwoord").innerText()).trim();
  expect(eenmalig).toMatch(/^\S{18}$/);
  await expect(page.getByRole("row").filter({ hasText: username })).toContainText(
    "Eenmalig wachtwoord, nog niet gebruikt",
  );
  await expectAccessible(page);
  await logout(page);

  // First login: only the setup opens.
  await loginWith(page, username, eenmalig);
  await expect(page).toHaveURL(/\/account\/instellen$/);
  await page.goto("/werkvoorraad");
  await expect(page).toHaveURL(/\/account\/instellen$/);
  await expectAccessible(page);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("welkom123456");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("welkom123456");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText(/veelgebruikte|te makkelijk/)).toBeVisible();
  const wachtwoord = "de zon schijnt op het bureau";
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(wachtwoord);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(wachtwoord);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();

  // The second factor: the secret is on the page beside the QR code.
  await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
  await expectAccessible(page);
  const secret = (await page.getByTestId("totp-sleutel").innerText()).trim();
  await page.getByLabel("Code uit de app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  const herstel = page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem");
  await expect(herstel).toHaveCount(10);
  const codes = (await herstel.allInnerTexts()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  await page.getByRole("button", { name: "Ik heb de codes bewaard — verder" }).click();
  await expect(page).toHaveURL(/\/werkvoorraad$/);
  await logout(page);

  // A recovery code works once.
  await loginWith(page, username, wachtwoord, codes[0]);
  await expect(page).toHaveURL(/\/werkvoorraad$/);
  await logout(page);
  await loginWith(page, username, wachtwoord, codes[0]);
  await expect(page.locator("#login-error")).toHaveText(
    "Deze code klopt niet of is al gebruikt. Vul de nieuwe code uit uw app in.",
  );

  // A code from the app works once; the same code again is refused (replay).
  const code = await nextCode(page, secret);
  await loginWith(page, username, wachtwoord, code);
  await expect(page).toHaveURL(/\/werkvoorraad$/);
  await logout(page);
  await loginWith(page, username, wachtwoord, code);
  await expect(page.locator("#login-error")).toHaveText(
    "Deze code klopt niet of is al gebruikt. Vul de nieuwe code uit uw app in.",
  );
});

test("the beheerder resets an account (new one-time password, sessions ended) and can not change their own here", async ({
  page,
  browser,
}) => {
  const username = `reset${Date.now() % 100000}`;
  await loginAs(page, "beheerder");
  await page.goto("/beheer/gebruikers");
  await page.locator('form[aria-label="Nieuw account"][data-hydrated]').waitFor();
  await page.getByLabel("Gebruikersnaam").fill(username);
  await page.getByLabel("Naam", { exact: true }).fill("Te Resetten");
  await page.getByRole("button", { name: "Account maken" }).click();
  const eerste = (await page.getByTestId("eenmalig-wachtwoord").innerText()).trim();

  const elders = await browser.newContext();
  await applyTestClock(elders);
  const ander = await elders.newPage();
  await loginWith(ander, username, eerste);
  await expect(ander).toHaveURL(/\/account\/instellen$/);

  const rij = page.getByRole("row").filter({ hasText: username });
  await rij.getByRole("button", { name: `${username} resetten` }).click();
  await confirmStep(page, "Resetten");
  const tweede = (await rij.getByTestId("eenmalig-wachtwoord").innerText()).trim();
  expect(tweede).not.toBe(eerste);
  // the session of the old password ended at once
  await ander.reload();
  await expect(ander).toHaveURL(/\/login/);
  await elders.close();

  await expect(page.getByRole("row").filter({ hasText: "beheerder" }).filter({ hasText: "U zelf" })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "beheerder uitschakelen" })).toHaveCount(0);
});
