import fs from "node:fs";
import { extractText } from "unpdf";
import { test, expect } from "../fixtures/test";
import { loginAs, logout, privacyCode, DEMO_PASSWORD } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";
import { confirmStep } from "../fixtures/confirm";
import { demoNummer } from "../fixtures/routes";

// NEN 7513 for the privacy officer: the second factor also in demo mode, who read a casus (and the CSV of it),
// a casemanager breaking the glass on a colleague's casus, and the privacy officer working the Te controleren list.
const C4 = demoNummer("C", 4); // Bouali, casemanager Carla Jansen

test("the privacy officer logs in with the second factor and finds who read a casus", async ({ page }) => {
  await loginAs(page, "teamleider");
  await page.goto(`/casussen/${C4}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(C4);
  await logout(page);

  await page.goto("/login");
  await page.getByLabel("Gebruikersnaam").fill("privacy");
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByLabel("Code uit de authenticator-app of herstelcode").fill(await privacyCode());
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Te controleren" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(nav.getByRole("link", { name: "Zoeken", exact: true })).toHaveCount(0);

  await nav.getByRole("link", { name: "Log per cliënt" }).click();
  await page.getByLabel("Casusnummer, BSN of achternaam").fill("Bouali");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page
    .getByRole("link", { name: `Log van casus ${C4}` })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 2, name: `Casus ${C4}` })).toBeVisible();
  const row = page
    .getByRole("row")
    .filter({ hasText: "Lotte Mulder (teamleider)" })
    .filter({ hasText: "Ingezien" })
    .filter({ has: page.getByRole("cell", { name: "Casus", exact: true }) });
  await expect(row.first()).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Downloaden als CSV" }).click(),
  ]);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFTijd;Medewerker;Rol;Actie;Onderdeel;Casus;Uitkomst;Noodtoegang;Adres");
  expect(csv).toContain("Lotte Mulder (teamleider);Teamleider;Ingezien");
  // The download is itself in the log, as an export by the privacy officer.
  await nav.getByRole("link", { name: "Log per medewerker" }).click();
  await page.getByLabel("Medewerker", { exact: true }).selectOption("privacy");
  await page.getByRole("button", { name: "Toon log" }).click();
  await expect(
    page.getByRole("row").filter({ hasText: "Geëxporteerd" }).filter({ hasText: "Toegangslog" }).first(),
  ).toBeVisible();
  await logout(page);
});

test("a casemanager uses noodtoegang; the teamleider is told; the privacy officer checks it", async ({ page }) => {
  await loginAs(page, "casemanager3");
  await page.goto(`/casussen/${C4}`);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expect(page.getByText("Bouali")).toHaveCount(0);
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  await page.getByLabel("Reden van de noodtoegang").fill("te kort");
  await page.getByRole("button", { name: "Noodtoegang gebruiken" }).click();
  await expect(page.getByText(/minstens 20 tekens/).first()).toBeVisible();
  await page
    .getByLabel("Reden van de noodtoegang")
    .fill("Politie belt 's avonds over acute situatie, casemanager Carla Jansen niet bereikbaar");
  await page.getByRole("button", { name: "Noodtoegang gebruiken" }).click();
  await confirmStep(page, "Noodtoegang gebruiken");
  const banner = page.getByRole("region", { name: "Noodtoegang actief" });
  await expect(banner).toContainText(C4);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(C4);
  await expect(page.getByText("Bouali").first()).toBeVisible();
  await expectAccessible(page);
  await banner.getByRole("button", { name: "Noodtoegang beëindigen" }).click();
  await expect(banner).toHaveCount(0);
  await page.goto(`/casussen/${C4}`);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await logout(page);

  await loginAs(page, "teamleider");
  await page.goto("/signalen");
  await expect(page.getByTestId("signaal").filter({ hasText: `Ilse Kramer opende casus ${C4}` })).toBeVisible();
  await logout(page);

  await loginAs(page, "privacy");
  const item = page.getByTestId("controle-item").filter({ hasText: "Ilse Kramer" }).filter({ hasText: C4 });
  await expect(item).toContainText("Noodtoegang");
  await expect(item).toContainText("Politie belt");
  await expectAccessible(page);
  await item.getByRole("link", { name: `Log van casus ${C4}` }).click();
  await page.getByLabel("Alleen noodtoegang").check();
  await page.getByRole("button", { name: "Toon" }).click();
  const rows = page.getByRole("row").filter({ hasText: "Ilse Kramer" });
  await expect(rows.filter({ hasText: "Noodtoegang" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "Ingezien" }).first()).toContainText("Ja");
  await page.goto("/privacy/te-controleren");
  await expect(page.locator("form[data-hydrated]").first()).toBeVisible();
  await item.getByLabel("Opmerking").fill("Terecht gebruikt: avond, politie, casemanager niet bereikbaar.");
  await item.getByRole("button", { name: "Gecontroleerd" }).click();
  await expect(item).toHaveCount(0);
  await page.getByRole("link", { name: "Gecontroleerd", exact: true }).click();
  await expect(
    page.getByTestId("controle-item").filter({ hasText: "Ilse Kramer" }).filter({ hasText: C4 }),
  ).toContainText("Terecht gebruikt");
  await logout(page);
});

test("the privacy officer registers a request for inzage and makes the afschrift", async ({ page }) => {
  await loginAs(page, "privacy");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Verzoeken" }).click();
  await page.getByText("Nieuw verzoek registreren").click();
  const form = page.getByRole("form", { name: "Verzoek registreren" });
  await expect(form).toHaveAttribute("data-hydrated", "true");
  await form.getByRole("button", { name: "Verzoek registreren" }).click();
  await expect(form.getByText("Kies het soort verzoek.")).toBeVisible();
  await form.getByLabel("Casusnummer").fill(C4);
  await form.getByLabel("Persoonsnummer in de casus").fill("1");
  await form.getByLabel("Soort verzoek").selectOption({ label: "Inzage (art. 15)" });
  await form.getByLabel("Ontvangen op").fill("2026-11-16");
  await form.getByLabel("Van wie").fill("De betrokkene zelf, per brief");
  await form.getByLabel("Wat wordt gevraagd").fill("Een afschrift van wat over mij is vastgelegd.");
  await form.getByRole("button", { name: "Verzoek registreren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Inzage (art. 15)");
  await expect(page.getByText("16 december 2026")).toBeVisible();

  // The inzage function: Ahmed's journaalregel (not Fatima's) to judge; marked shareable, it is in the afschrift.
  const keuze = page.getByRole("form", { name: "Deelbare journaalregels" });
  await expect(keuze).toHaveAttribute("data-hydrated", "true");
  await expect(keuze.getByTestId("afschrift-regel").filter({ hasText: "Fatima belt" })).toHaveCount(0);
  await keuze.getByRole("checkbox", { name: /Gesprek met Ahmed over de afspraken/ }).check();
  await keuze.getByRole("button", { name: "Keuze opslaan" }).click();
  await expect(keuze.getByText("Opgeslagen")).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Afschrift maken (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^afschrift-${C4}-\\d+\\.pdf$`));
  const { text } = await extractText(new Uint8Array(fs.readFileSync(await download.path())), { mergePages: true });
  expect(text).toContain("Ahmed Bouali");
  expect(text).toContain("Gesprek met Ahmed over de afspraken");
  expect(text).toContain("anoniem (de identiteit van de melder wordt niet gedeeld)");
  for (const nooit of ["Van Dam", "Fatima", "625276012"]) expect(text).not.toContain(nooit);
  await logout(page);
});

test("the privacy officer destroys a dossier whose bewaartermijn has passed", async ({ page }) => {
  await loginAs(page, "privacy");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Bewaartermijnen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bewaartermijnen" })).toBeVisible();
  // The demo dossier closed on 31 March 2006: twenty years have passed.
  const item = page.getByTestId("te-vernietigen").filter({ hasText: "31 maart 2006" });
  await expect(item).toHaveCount(1);
  const nummer = ((await item.getByRole("heading", { level: 3 }).textContent()) ?? "").replace("Casus ", "").trim();
  await expect(page.locator("form[data-hydrated]").first()).toBeVisible();
  await expectAccessible(page);
  // Keeping it longer needs a motivation.
  await item.getByRole("button", { name: "Langer bewaren" }).click();
  await expect(item.getByText("Vul motivering in.")).toBeVisible();
  await expect(item.getByText("Vul vernietigen vanaf in.")).toBeVisible();

  await item.getByRole("button", { name: "Vernietigen", exact: true }).click();
  await confirmStep(page, "Definitief vernietigen");
  await expect(page.getByTestId("te-vernietigen").filter({ hasText: nummer })).toHaveCount(0);
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: nummer })).toContainText(
    "Bewaartermijn verstreken.",
  );
  await logout(page);
});
