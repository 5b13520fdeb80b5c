import { test, expect } from "../fixtures/test";
import { casusnummerInRow, desk, expectAccessible } from "./helpers";
import { confirmStep } from "../fixtures/confirm";

// Journey 6: two people work on the same closing proposal. The gedragswetenschapper sends it back while the
// case manager is still editing it; the case manager's save is refused with a message naming the gedragswetenschapper,
// the typed input stays in the form, and after comparing it can be saved on top of the newer version.
test("a stale edit of a dienst closing proposal is refused, naming who changed it, and nothing is lost", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const cm = await desk(browser, "casemanager2");

  // Demo casus 8 (hermelding Vermeulen): final beoordeling "vervolgstappen", no dienst yet. Start a V&V.
  const casusnummer = await casusnummerInRow(cm, "Wacht op start dienst");
  const base = `/casussen/${casusnummer}`;
  await cm.goto(`${base}/dienst-starten`);
  await expectAccessible(cm);
  await cm.getByLabel(/^Voorwaarden en Vervolg/).check();
  await cm.getByLabel("Startdatum").fill("2026-10-13");
  await cm.getByRole("button", { name: "Dienst starten" }).click();
  await expect(cm.getByText("De startdatum ligt vóór de veiligheidsbeoordeling van 14 oktober 2026.")).toBeVisible();
  await cm.getByLabel("Startdatum").fill("2026-10-16");
  await cm.getByRole("button", { name: "Dienst starten" }).click();
  await expect(cm.getByRole("heading", { level: 1 })).toHaveText(/^Voorwaarden en Vervolg D\d{4}-\d{6}$/);
  const dienstUrl = new URL(cm.url()).pathname;

  // The proposal.
  await cm.getByRole("link", { name: "Afsluiting voorstellen" }).click();
  await expect(cm.getByRole("group", { name: "Uitkomst onderzoek" })).toHaveCount(0); // V&V has no uitkomst
  await cm.getByLabel("Einddatum").fill("2026-11-18");
  const aard = cm.getByRole("group", { name: "Aard", exact: true });
  await aard.getByLabel("Kindermishandeling", { exact: true }).check();
  await aard.getByLabel(/^Geen kindermishandeling of huiselijk geweld/).check();
  await cm.getByLabel("Duur").selectOption({ label: "1 maand tot 6 maanden" });
  await cm.getByRole("button", { name: "Afsluiting voorstellen" }).click();
  await expect(
    cm.getByText("'Geen kindermishandeling of huiselijk geweld' kan alleen als enige conclusie worden gekozen."),
  ).toBeVisible();
  await aard.getByLabel(/^Geen kindermishandeling of huiselijk geweld/).uncheck();
  await cm.getByRole("button", { name: "Afsluiting voorstellen" }).click();
  await expect(cm).toHaveURL(new RegExp(`${dienstUrl}$`));

  // The case manager opens the proposal again to refine it …
  await cm.getByRole("link", { name: "Voorstel tot afsluiten wijzigen" }).click();
  await expect(cm.getByLabel("Einddatum")).toHaveValue("2026-11-18");

  // … while the gedragswetenschapper sends it back at another desk.
  const gw = await desk(browser, "gedragswetenschapper");
  await gw.goto(`${dienstUrl}/bevestigen`);
  await gw.getByLabel(/^Terugsturen naar de casemanager/).check();
  await gw.getByRole("button", { name: "Besluit opslaan" }).click();
  await expect(gw.getByText("Vul in waarom u het voorstel terugstuurt.")).toBeVisible();
  await expectAccessible(gw);
  await gw.getByLabel("Toelichting").fill("Graag de afgesproken veiligheidsvoorwaarden in de toelichting opnemen.");
  await gw.getByRole("button", { name: "Besluit opslaan" }).click();
  await expect(gw.getByText("Het voorstel tot afsluiten is teruggestuurd")).toBeVisible();

  // The case manager's save from the older version is refused and names the gedragswetenschapper.
  const eigenTekst = "Veiligheidsvoorwaarden: geen alcohol in huis, dagelijks contact met het wijkteam.";
  await aard.getByLabel("(Ex-)partnergeweld", { exact: true }).check();
  await cm.getByLabel("Toelichting").fill(eigenTekst);
  await cm.getByRole("button", { name: "Voorstel opslaan" }).click();
  await expect(cm.getByTestId("form-error")).toContainText("gewijzigd door Dr. Gerda Bakker");
  // nothing typed is lost
  await expect(cm.getByLabel("Toelichting")).toHaveValue(eigenTekst);
  await expect(aard.getByLabel("(Ex-)partnergeweld", { exact: true })).toBeChecked();
  await expect(aard.getByLabel("Kindermishandeling", { exact: true })).toBeChecked();
  await expect(cm.getByLabel("Einddatum")).toHaveValue("2026-11-18");
  // the saved state is shown beside it
  const stand = cm.getByRole("region", { name: "Zo staat de dienst nu opgeslagen" });
  await expect(stand).toContainText("Lopend");
  await expect(stand).toContainText("Graag de afgesproken veiligheidsvoorwaarden");
  await expectAccessible(cm);

  // After comparing, the case manager keeps the gedragswetenschapper's note and saves on top of the new version.
  await stand.getByRole("button", { name: "Huidige toelichting toevoegen aan mijn toelichting" }).click();
  await expect(cm.getByLabel("Toelichting")).toHaveValue(
    new RegExp(`^${eigenTekst}\\n\\nTeruggestuurd door Dr. Gerda Bakker`),
  );
  await stand.getByRole("button", { name: "Mijn invoer opslaan over de huidige versie" }).click();
  await expect(cm).toHaveURL(new RegExp(`${dienstUrl}$`));
  await expect(cm.getByText("Afsluiting wacht op bevestiging")).toBeVisible();
  await expect(cm.getByText(eigenTekst)).toBeVisible();
  await expect(cm.getByText("Kindermishandeling, (Ex-)partnergeweld")).toBeVisible();

  // The gedragswetenschapper now confirms the renewed proposal.
  await gw.goto(`${dienstUrl}/bevestigen`);
  await gw.getByLabel(/^Afsluiting bevestigen/).check();
  await gw.getByRole("button", { name: "Besluit opslaan" }).click();
  await confirmStep(gw, "Afsluiting bevestigen");
  await expect(gw.getByText("Afsluiting bevestigd door")).toBeVisible();
  await gw.context().close();
});
