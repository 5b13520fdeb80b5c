import { test, expect } from "../fixtures/test";
import { loginAs, logout } from "../fixtures/login";
import { confirmStep } from "../fixtures/confirm";
import { expectAccessible, randomBsn, registerMelding, uniqueName } from "./helpers";

test("terugkoppeling and informeren are recorded and leave the termijnen lists", async ({ page }) => {
  const achternaam = uniqueName("Smit");
  await loginAs(page, "triage");
  const { nummer } = await registerMelding(
    page,
    [
      {
        bsn: randomBsn(),
        voornamen: "Iris",
        achternaam,
        geboortedatum: "1979-01-20",
        rol: "Slachtoffer",
        geslacht: "Vrouw",
      },
    ],
    "2026-10-01",
  );
  await page.getByRole("link", { name: "Veiligheidsbeoordeling vastleggen" }).click();
  await page.getByLabel("Datum beoordeling").fill("2026-10-02");
  await page.getByLabel("Besloten met").selectOption({ label: "Dr. Gerda Bakker (Gedragswetenschapper)" });
  await page.getByLabel("Veiligheidstaxatie").selectOption({ label: "Geen zorgen over de veiligheid" });
  await page.getByLabel("Inhoud").selectOption({ label: "Geen vervolgstappen nodig" });
  await page.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await expect(page.getByText("Wacht op vaststelling door een gedragswetenschapper of teamleider")).toBeVisible();
  await logout(page);
  await loginAs(page, "gedragswetenschapper");
  await page
    .getByRole("row", { name: new RegExp(nummer) })
    .getByRole("link", { name: /Bekijken en vaststellen/ })
    .click();
  await page.getByRole("button", { name: "Vaststellen" }).click();
  await confirmStep(page, "Vaststellen");
  await expect(page.getByText("Vastgesteld (definitief)")).toBeVisible();
  await logout(page);

  // Both deadlines have passed: the team lead sees the melding on the two lists of October.
  await loginAs(page, "teamleider");
  await page.goto("/termijnen?van=2026-10-01&tot=2026-10-31");
  const terugkoppeling = page.getByRole("region", { name: /^Terugkoppeling aan de melder nog niet vastgelegd/ });
  const informeren = page.getByRole("region", { name: /^Betrokkenen nog niet geïnformeerd/ });
  await expect(terugkoppeling.getByRole("row", { name: new RegExp(nummer) })).toContainText("9 oktober 2026");
  await expect(informeren.getByRole("row", { name: new RegExp(nummer) })).toContainText(`Iris ${achternaam}`);
  await expectAccessible(page);
  await logout(page);

  // Triage records both on the melding.
  await loginAs(page, "triage");
  await page.goto(`/meldingen/${nummer}`);
  const tk = page.getByRole("form", { name: "Terugkoppeling vastleggen" });
  await expect(tk).toHaveAttribute("data-hydrated", "true");
  await tk.getByLabel("Datum terugkoppeling").fill("2026-10-12");
  await tk.getByLabel("Hoe").selectOption({ label: "Telefonisch" });
  await tk.getByLabel("Korte inhoud").fill("Melder gebeld: geen vervolgstappen, hulp loopt via de huisarts.");
  await tk.getByRole("button", { name: "Terugkoppeling vastleggen" }).click();
  await expect(page.getByTestId("terugkoppeling")).toContainText("Gegeven op 12 oktober 2026 (telefonisch)");
  const inf = page.getByRole("form", { name: `Informeren van Iris ${achternaam} vastleggen` });
  await inf.getByLabel("Datum").fill("2026-10-20");
  await inf.getByLabel("Hoe").selectOption({ label: "In een gesprek" });
  await inf.getByRole("button", { name: /Vastleggen/ }).click();
  await expect(page.getByTestId("informeren")).toContainText("Geïnformeerd op 20 oktober 2026 (in een gesprek)");
  await expectAccessible(page);
  await logout(page);

  await loginAs(page, "teamleider");
  await page.goto("/termijnen?van=2026-10-01&tot=2026-10-31");
  await expect(terugkoppeling.getByRole("row", { name: new RegExp(nummer) })).toHaveCount(0);
  await expect(informeren.getByRole("row", { name: new RegExp(nummer) })).toHaveCount(0);
});
