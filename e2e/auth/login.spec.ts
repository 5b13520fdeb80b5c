import { test, expect } from "../fixtures/test";
import { login, loginAs, loginThroughForm, logout } from "../fixtures/login";

const ROLES = [
  {
    user: "triage",
    start: "/werkvoorraad",
    heading: "Werkvoorraad",
    nav: ["Werkvoorraad", "Zoeken"],
    notNav: ["Levering CBS", "Gebruikers"],
  },
  {
    user: "casemanager",
    start: "/mijn-casussen",
    heading: "Mijn casussen",
    nav: ["Mijn casussen", "Zoeken"],
    notNav: ["Werkvoorraad", "Levering CBS"],
  },
  {
    user: "gedragswetenschapper",
    start: "/te-bevestigen",
    heading: "Te bevestigen",
    nav: ["Te bevestigen"],
    notNav: ["Levering CBS", "Gebruikers"],
  },
  {
    user: "teamleider",
    start: "/termijnen",
    heading: "Termijnen",
    nav: ["Termijnen", "Levering CBS", "Rapportages"],
    notNav: ["Gebruikers", "Log per cliënt"],
  },
  {
    user: "beheerder",
    start: "/beheer/gebruikers",
    heading: "Gebruikers",
    nav: ["Gebruikers", "Instellingen"],
    notNav: ["Zoeken", "Werkvoorraad", "Mijn casussen", "Log per cliënt", "Te controleren"],
  },
];

test("a visitor who is not logged in sees only the login page", async ({ page }) => {
  for (const path of ["/", "/werkvoorraad", "/leveringen", "/privacy/te-controleren"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("button", { name: "Inloggen" })).toBeVisible();
  }
});

for (const r of ROLES) {
  test(`${r.user} logs in, lands on the start page and sees only the navigation of the role`, async ({ page }) => {
    await loginThroughForm(page, r.user);
    await expect(page).toHaveURL(new RegExp(`${r.start}$`));
    await expect(page.getByRole("heading", { level: 1, name: r.heading })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    for (const item of r.nav) await expect(nav.getByRole("link", { name: item })).toBeVisible();
    for (const item of r.notNav) await expect(nav.getByRole("link", { name: item })).toHaveCount(0);
    await logout(page);
  });
}

test("wrong password and unknown user get the same Dutch message", async ({ page }) => {
  await login(page, "triage", "verkeerd-wachtwoord");
  await expect(page.locator("#login-error")).toHaveText("Onjuiste gebruikersnaam of wachtwoord.");
  await login(page, "bestaat-niet", "verkeerd-wachtwoord");
  await expect(page.locator("#login-error")).toHaveText("Onjuiste gebruikersnaam of wachtwoord.");
  await expect(page).toHaveURL(/\/login/);
});

test("bad input on the login form: a Dutch message at the field or the form, never a server error", async ({
  page,
}) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Vul uw gebruikersnaam in.")).toBeVisible();
  await expect(page.getByText("Vul uw wachtwoord in.")).toBeVisible();
  for (const [u, p] of [
    ["casemanager", "x".repeat(10_000)],
    ["' OR 1=1 --", "'; DROP TABLE app_user; --"],
    ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"],
  ]) {
    await login(page, u, p);
    await expect(page.locator("#login-error")).toHaveText("Onjuiste gebruikersnaam of wachtwoord.");
  }
  // the accounts still work: nothing was harmed
  await loginAs(page, "casemanager2");
});

test("after logout the old session cookie no longer works", async ({ page, context }) => {
  await loginAs(page, "gedragswetenschapper");
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.includes("next-auth.session-token"))).toBe(true);
  await logout(page);
  await context.addCookies(cookies); // replay the cookie of the ended session
  await page.goto("/te-bevestigen");
  await expect(page).toHaveURL(/\/login/);
});

test("a forged session cookie leads back to the login page", async ({ page, context }) => {
  await context.addCookies([
    {
      name: "next-auth.session-token",
      value: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.token.value.x",
      url: "http://127.0.0.1:3100",
    },
  ]);
  await page.goto("/werkvoorraad");
  await expect(page).toHaveURL(/\/login/);
});

test("next-auth's own sign-out page is Dutch, and its sign-out ends the server session too", async ({
  page,
  context,
}) => {
  await loginAs(page, "gedragswetenschapper");
  const cookies = await context.cookies();
  await page.goto("/api/auth/signout");
  await expect(page).toHaveURL(/\/uitloggen$/);
  await expect(page.getByRole("heading", { level: 1, name: "Uitloggen" })).toBeVisible();
  // next-auth's POST route, as an old bookmark or a script would use it
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  await page.request.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  await context.addCookies(cookies); // replay the cookie of the ended session
  await page.goto("/te-bevestigen");
  await expect(page).toHaveURL(/\/login/);
});

test("unknown pages and next-auth's error page are Dutch", async ({ page }) => {
  await loginAs(page, "triage");
  const res = await page.goto("/bestaat-niet");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await page.goto("/inlogfout?error=Configuration");
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen is niet gelukt" })).toBeVisible();
  await expect(page.getByText("Configuration")).toHaveCount(0);
});
