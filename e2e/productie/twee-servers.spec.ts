import { spawnSync } from "node:child_process";
import { generate } from "otplib";
import { test, expect, type Page } from "../fixtures/test";
import { DEMO_PASSWORD } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";
import { PROD_A, PROD_B, PROD_KEYS } from "../../playwright.config";

// Production mode (PostgreSQL without VT_DEMO) with two app servers on one database, as behind a load balancer:
// no demo accounts, the first account comes from `npm run user:create` and must set its password and second factor
// first; a session, a logout, the login limits and a delivery are the same on both servers.

function userCreate(username: string, naam: string, rol: string): string {
  const r = spawnSync(
    "npm",
    ["run", "--silent", "user:create", "--", "--username", username, "--naam", naam, "--rol", rol],
    {
      env: { ...process.env, ...PROD_KEYS, DATABASE_URL: process.env.E2E_PROD_DATABASE_URL },
      encoding: "utf8",
    },
  );
  expect(r.status, r.stderr).toBe(0);
  const last = r.stdout.trim().split("\n").at(-1)!;
  expect(last).toMatch(/^wachtwoord=\S+$/);
  return last.slice("wachtwoord=".length);
}

async function login(page: Page, base: string, username: string, password: string, code?: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel("Gebruikersnaam").fill(username);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  if (code) {
    await page.getByLabel("Code uit de authenticator-app of herstelcode").fill(code);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).not.toHaveURL(/\/login/);
  }
}

/** The first login: own password, second factor; returns the new password and the recovery codes. */
async function setUp(page: Page, base: string, username: string, otp: string) {
  await login(page, base, username, otp);
  await expect(page).toHaveURL(/\/account\/instellen$/);
  const password = `het loket gaat om negen uur open (${username.length})`;
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(password);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  const secret = (await page.getByTestId("totp-sleutel").innerText()).trim();
  await page.getByLabel("Code uit de app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  const herstel = page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem");
  await expect(herstel).toHaveCount(10);
  const codes = (await herstel.allInnerTexts()).map((c) => c.trim());
  await page.getByRole("button", { name: "Ik heb de codes bewaard — verder" }).click();
  return { password, codes };
}

test("production: no demo account; the first beheerder from user:create sets up, and two servers behave as one", async ({
  page,
}) => {
  test.setTimeout(240_000);
  // No demo accounts, no demo banner.
  await login(page, PROD_A, "beheerder", DEMO_PASSWORD);
  await expect(page.locator("#login-error")).toHaveText("Onjuiste gebruikersnaam of wachtwoord.");
  await expect(page.getByText("Demo-omgeving")).toHaveCount(0);

  // The first account, from the command line: before anything else, a password of its own and the second factor.
  const beheer = setUp(
    page,
    PROD_A,
    "eerste.beheerder",
    userCreate("eerste.beheerder", "Eerste Beheerder", "BEHEERDER"),
  );
  const { codes } = await beheer;
  await expect(page).toHaveURL(`${PROD_A}/beheer/gebruikers`);
  await expectAccessible(page);

  // The session made on A works on B (same cookie, the session row is in the database) …
  await page.goto(`${PROD_B}/beheer/gebruikers`);
  await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
  // … and logging out on B ends it on A too.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(`${PROD_A}/beheer/gebruikers`);
  await expect(page).toHaveURL(/\/login/);

  // The login limits are shared: a failure on A makes the same account wait at this address on B.
  await login(page, PROD_A, "eerste.beheerder", "een verkeerd wachtwoord");
  await expect(page.locator("#login-error")).toHaveText("Onjuiste gebruikersnaam of wachtwoord.");
  const { csrfToken } = await (await page.request.get(`${PROD_B}/api/auth/csrf`)).json();
  const onB = await page.request.post(`${PROD_B}/api/auth/callback/credentials`, {
    form: { csrfToken, username: "eerste.beheerder", password: "nog een verkeerd wachtwoord", json: "true" },
  });
  expect(decodeURIComponent((await onB.json()).url)).toMatch(/error=wait:\d+/);

  // A delivery made on A is seen, with its state and its file, on B.
  const teamleider = await setUp(page, PROD_A, "team.leider", userCreate("team.leider", "Team Leider", "TEAMLEIDER"));
  expect(teamleider.codes).toHaveLength(10);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.waitForTimeout(4000); // the wait after the failed logins above has passed
  await login(page, PROD_A, "eerste.beheerder", (await beheer).password, codes[0]);
  await page.goto(`${PROD_A}/beheer/instellingen`);
  await page.getByLabel("Naam organisatie").fill("Veilig Thuis Testregio");
  await page.getByLabel("Veilig Thuis-regiocode").fill("VT18");
  await page.getByLabel("KvK-nummer").fill("24123456");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De instellingen zijn opgeslagen.")).toBeVisible();
  await page.getByRole("button", { name: "Uitloggen" }).click();

  await login(page, PROD_A, "team.leider", teamleider.password, teamleider.codes[0]);
  await page.goto(`${PROD_A}/leveringen`);
  await page.getByRole("button", { name: "Levering maken" }).click();
  await expect(page).toHaveURL(/\/leveringen\/\d+$/);
  const pad = new URL(page.url()).pathname;
  await expect(page.getByText("Concept")).toBeVisible({ timeout: 30_000 });
  await page.goto(`${PROD_B}${pad}`);
  await expect(page.getByText("Concept")).toBeVisible();
  const download = await page.request.get(`${PROD_B}/api/leveringen/${pad.split("/").pop()}/bestand`);
  expect(download.status()).toBe(200);
  expect((await download.text()).startsWith("01")).toBe(true);
});
