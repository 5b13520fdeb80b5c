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
} from "./helpers";

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
  await recordBeoordeling(page, {
    taxatie: "Geen zorgen over de veiligheid",
    inhoud: "Geen vervolgstappen nodig",
    datum: "2026-10-02",
  });
  await logout(page);
  await loginAs(page, "gedragswetenschapper");
  await openTeBevestigen(page, nummer);
  await vaststellen(page);
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
  // The casus was closed in the voordeur and its follow-up is now complete: it leaves triage's scope (need to know).
  await expect(page.getByRole("heading", { level: 1, name: "Melding niet gevonden" })).toBeVisible();
  await logout(page);

  // It was a conversation, not a phone call: the team lead corrects it with a reason, kept in the history.
  await loginAs(page, "teamleider");
  await page.goto(`/meldingen/${nummer}`);
  await expect(page.getByTestId("informeren")).toContainText("Geïnformeerd op 20 oktober 2026 (in een gesprek)");
  await expectAccessible(page);
  await page.getByText("Terugkoppeling corrigeren").click();
  const correctie = page.getByRole("form", { name: "Terugkoppeling corrigeren" });
  await expect(correctie.getByLabel("Hoe")).toHaveValue("telefonisch");
  await correctie.getByLabel("Hoe").selectOption({ label: "In een gesprek" });
  await correctie.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(correctie.getByText("Vul reden van de correctie in.").first()).toBeVisible();
  await correctie.getByLabel("Reden van de correctie").fill("De melder kwam langs; het was geen telefoongesprek.");
  await correctie.getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(page.getByTestId("terugkoppeling")).toContainText("Gegeven op 12 oktober 2026 (in een gesprek)");
  await expectAccessible(page);
  await page.goto("/termijnen?van=2026-10-01&tot=2026-10-31");
  await expect(terugkoppeling.getByRole("row", { name: new RegExp(nummer) })).toHaveCount(0);
  await expect(informeren.getByRole("row", { name: new RegExp(nummer) })).toHaveCount(0);
});
