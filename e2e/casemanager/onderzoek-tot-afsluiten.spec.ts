import { test, expect } from "../fixtures/test";
import { casusnummerInRow, desk, expectAccessible } from "./helpers";
import { confirmStep } from "../fixtures/confirm";

// Journey 4: the case manager takes the Onderzoek of the Hendriks family (demo casus 3) to an outcome, the
// gedragswetenschapper confirms it (four eyes), the case manager hands over for one child, agrees a veiligheidsplan
// of three voorwaarden, monitors twice (one voorwaarde not met twice: "Heroverwegen" for the casemanager and the
// teamleider) and closes the casus. Afterwards nothing can be added.
const VOORWAARDEN = [
  ["Vader volgt de training agressieregulatie.", "Vader", "Navraag bij de trainer."],
  ["Lieke gaat elke dag naar school.", "Moeder", "Navraag bij de school."],
  ["Moeder zoekt steun bij het wijkteam.", "Moeder en wijkteam", "Navraag bij het wijkteam."],
] as const;

test("Onderzoek to an outcome, overdracht for one betrokkene, a veiligheidsplan judged at two monitoringsmomenten, casus closed", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const cm = await desk(browser, "casemanager");

  // Mijn casussen: the running Onderzoek, its 10-week deadline overdue (beoordeling 4 september + 10 weken).
  const casusnummer = await casusnummerInRow(cm, "Dienst loopt");
  const row = cm.getByRole("row").filter({ hasText: casusnummer });
  await expect(row).toContainText("13 november 2026 — verlopen");
  await expectAccessible(cm);
  const base = `/casussen/${casusnummer}`;

  // Closing the casus is blocked while the Onderzoek runs, and the page says why.
  await cm.goto(`${base}/afsluiten`);
  await expect(cm.getByText("De casus kan nog niet worden gesloten")).toBeVisible();
  await expect(cm.getByText("De dienst Onderzoek van 8 september 2026 is nog niet afgesloten")).toBeVisible();
  await expectAccessible(cm);

  // The dienst page, through the deadline link.
  await cm.goto("/mijn-casussen");
  await row.getByRole("link", { name: /^Onderzoek D/ }).click();
  await expect(cm.getByRole("heading", { level: 1 })).toHaveText(/^Onderzoek D\d{4}-\d{6}$/);
  await expect(cm.getByText(/13 november 2026 — verlopen, \d+ dagen te laat/)).toBeVisible();
  const dienstUrl = new URL(cm.url()).pathname;
  await expectAccessible(cm);

  // Step 1 of 2: propose the closing, with the outcome per vorm.
  await cm.getByRole("link", { name: "Afsluiting voorstellen" }).click();
  await expect(cm.getByRole("heading", { level: 1 })).toContainText("afsluiten");
  await expectAccessible(cm);
  await cm.getByLabel("Einddatum").fill("2026-11-20");
  const aard = cm.getByRole("group", { name: "Aard", exact: true });
  await aard.getByLabel("Kindermishandeling", { exact: true }).check();
  await cm.getByLabel("Duur").selectOption({ label: "1 maand tot 6 maanden" });
  const uitkomst = cm.getByRole("group", { name: "Uitkomst onderzoek" });
  await uitkomst.getByLabel("Kindermishandeling", { exact: true }).selectOption({ label: "Bevestigd" });
  // A vorm confirmed by the onderzoek but missing from the conclusion is refused with its message, never silently.
  await uitkomst.getByLabel("(Ex-)partnergeweld", { exact: true }).selectOption({ label: "Bevestigd" });
  await cm.getByRole("button", { name: "Afsluiting voorstellen" }).click();
  await expect(
    cm.getByText("Een bevestigde vorm hoort ook in de conclusie over de aard: (Ex-)partnergeweld."),
  ).toBeVisible();
  await aard.getByLabel("(Ex-)partnergeweld", { exact: true }).check();
  await uitkomst.getByLabel("(Ex-)partnergeweld", { exact: true }).selectOption("2");
  await cm.getByLabel("Toelichting").fill("Kindermishandeling bevestigd in gesprekken met school en huisarts.");
  await cm.getByRole("button", { name: "Afsluiting voorstellen" }).click();
  await expect(cm).toHaveURL(new RegExp(`${dienstUrl}$`));
  await expect(cm.getByText("Afsluiting wacht op bevestiging")).toBeVisible();
  await expect(cm.getByText("Kindermishandeling: Bevestigd; (Ex-)partnergeweld: Niet bevestigd")).toBeVisible();

  // Step 2 of 2: the gedragswetenschapper confirms at another desk.
  const gw = await desk(browser, "gedragswetenschapper");
  await gw.goto(`${dienstUrl}/bevestigen`);
  await expect(gw.getByText("Kindermishandeling: Bevestigd; (Ex-)partnergeweld: Niet bevestigd")).toBeVisible();
  await expectAccessible(gw);
  await gw.getByLabel("Afsluiting bevestigen").check();
  await gw.getByRole("button", { name: "Besluit opslaan" }).click();
  await confirmStep(gw, "Afsluiting bevestigen");
  await expect(gw).toHaveURL(new RegExp(`${dienstUrl}$`));
  await expect(gw.getByText("Afsluiting bevestigd door")).toBeVisible();
  await gw.context().close();

  // Overdracht after the Onderzoek, for one betrokkene only (the child).
  await cm.goto(`${base}/overdracht/nieuw`);
  await expectAccessible(cm);
  await expect(cm.getByLabel("Overdracht na")).toHaveValue(/^D:\d+$/);
  await cm.getByLabel("Datum overdracht").fill("2026-11-20");
  await cm.getByLabel("Partij").selectOption({ label: "Jeugdhulpaanbieder" });
  await cm.getByLabel("Hulp").selectOption({ label: "Hulp is nieuw ingezet" });
  await cm.getByRole("button", { name: "Overdracht vastleggen" }).click();
  await expect(cm.getByText("Kies ten minste één betrokkene.")).toBeVisible();
  await cm.getByLabel(/^Lieke Hendriks/).check();
  await cm.getByRole("button", { name: "Overdracht vastleggen" }).click();
  await expect(cm).toHaveURL(new RegExp(`${base}/monitoring$`));
  const overdrachten = cm.getByRole("table", { name: "Overdrachten" });
  await expect(overdrachten.getByRole("row")).toHaveCount(2);
  await expect(overdrachten).toContainText("Na Onderzoek");
  await expect(overdrachten).toContainText("Lieke Hendriks");
  await expect(overdrachten).not.toContainText("Sanne");
  await expect(cm.getByText("1 januari 2027 — over")).toBeVisible(); // 20 november + 42 dagen
  await expectAccessible(cm);

  // The veiligheidsplan: three voorwaarden agreed at the overdracht; an empty one gets a Dutch message first.
  await cm.getByRole("link", { name: /^Veiligheidsplan/ }).click();
  await expect(cm.getByRole("heading", { level: 1, name: "Veiligheidsplan" })).toBeVisible();
  await expect(cm.getByText("Er zijn nog geen voorwaarden afgesproken.")).toBeVisible();
  for (const [i, [omschrijving, wie, controle]] of VOORWAARDEN.entries()) {
    await cm.getByRole("link", { name: "Voorwaarde toevoegen" }).click();
    await expect(cm.getByRole("heading", { level: 1, name: "Voorwaarde toevoegen" })).toBeVisible();
    await expect(cm.locator("form[data-hydrated]")).toBeAttached();
    if (i === 0) {
      await expectAccessible(cm);
      await cm.getByRole("button", { name: "Voorwaarde toevoegen" }).click();
      await expect(cm.getByText("Vul omschrijving in.").first()).toBeVisible();
    }
    await cm.getByLabel("Omschrijving").fill(omschrijving);
    await cm.getByLabel("Wie", { exact: true }).fill(wie);
    await cm.getByLabel("Per wanneer").fill("2026-11-20");
    await cm.getByLabel("Hoe gecontroleerd").fill(controle);
    await cm.getByLabel("Afgesproken op").fill("2026-11-20");
    await cm.getByRole("button", { name: "Voorwaarde toevoegen" }).click();
    await expect(cm).toHaveURL(new RegExp(`${base}/veiligheidsplan$`));
  }
  const plan = cm.getByRole("table", { name: "Voorwaarden", exact: true });
  await expect(plan.getByRole("row")).toHaveCount(4);
  await expect(plan).toContainText("Navraag bij de school");
  await expectAccessible(cm);
  await cm.goto(`${base}/monitoring`);

  // Two monitoringsmomenten that judge each voorwaarde; an impossible score gets a Dutch message first.
  // Voorwaarde 1 is not met at either moment.
  for (const [datum, score, notitie, oordelen] of [
    ["2026-11-21", "5", "Hulp gestart, afspraken deels nagekomen.", ["Niet nagekomen", "Nagekomen", "Deels nagekomen"]],
    ["2026-11-23", "7", "Afspraken grotendeels nagekomen.", ["Niet nagekomen", "Nagekomen", "Nagekomen"]],
  ] as const) {
    await cm.getByRole("link", { name: "Monitoringsmoment vastleggen" }).click();
    await expect(cm.getByRole("heading", { level: 1, name: "Monitoringsmoment vastleggen" })).toBeVisible();
    await cm.getByLabel("Datum monitoring").fill(datum);
    if (score === "5") {
      await expectAccessible(cm);
      await cm.getByLabel("Veiligheidsscore").fill("11");
      await cm.getByRole("button", { name: "Monitoringsmoment opslaan" }).click();
      await expect(cm.getByText("De veiligheidsscore moet een geheel getal van 0 tot en met 10 zijn.")).toBeVisible();
    }
    await cm.getByLabel("Veiligheidsscore").fill(score);
    await cm.getByLabel("Notitie", { exact: true }).fill(notitie);
    if (score === "5") {
      await cm.getByRole("button", { name: "Monitoringsmoment opslaan" }).click();
      await expect(cm.getByText("Kies nagekomen, deels of niet nagekomen.").first()).toBeVisible();
    }
    for (const [i, oordeel] of oordelen.entries()) {
      const groep = cm.getByRole("group", { name: new RegExp(`^Voorwaarde ${i + 1}:`) });
      await groep.getByLabel(oordeel, { exact: true }).check();
    }
    await cm.getByLabel("Toelichting bij voorwaarde 1").fill("Vader kwam niet naar de training.");
    await cm.getByRole("button", { name: "Monitoringsmoment opslaan" }).click();
    await expect(cm).toHaveURL(new RegExp(`${base}/monitoring$`));
  }
  const momenten = cm.getByRole("table", { name: "Monitoringsmomenten" });
  await expect(momenten.getByRole("row")).toHaveCount(3);

  // Voorwaarde 1 not met twice in a row: the plan says "Heroverwegen" and the casemanager and teamleider are signalled.
  await cm.getByRole("link", { name: /^Veiligheidsplan/ }).click();
  await expect(
    cm.getByText("Voorwaarde 1 is bij de laatste twee monitoringsmomenten niet nagekomen.", { exact: false }),
  ).toBeVisible();
  await expect(plan.getByRole("row").filter({ hasText: VOORWAARDEN[0][0] })).toContainText("Heroverwegen");
  const oordelenTabel = cm.getByRole("table", { name: "Veiligheidsscore en voorwaarden per monitoringsmoment" });
  await expect(oordelenTabel.getByRole("row").filter({ hasText: VOORWAARDEN[2][0] })).toContainText("Deels nagekomen");
  await expect(oordelenTabel).toContainText("Vader kwam niet naar de training.");
  await expect(
    cm
      .getByRole("figure", { name: "Veiligheidsscore en voorwaarden per monitoringsmoment" })
      .locator(".recharts-wrapper > svg"),
  ).toBeVisible();
  await expectAccessible(cm);
  await cm.getByTestId("signalen-bel").click();
  await expect(
    cm.getByRole("link", {
      name: `Heroverwegen: Voorwaarde 1 van casus ${casusnummer} twee keer op rij niet nagekomen.`,
    }),
  ).toBeVisible();
  const tl = await desk(browser, "teamleider");
  await tl.goto("/signalen");
  await tl
    .getByRole("link", { name: `Heroverwegen: Voorwaarde 1 van casus ${casusnummer} twee keer op rij niet nagekomen.` })
    .click();
  await expect(tl.getByRole("heading", { level: 1, name: "Veiligheidsplan" })).toBeVisible();
  await tl.context().close();
  await cm.goto(`${base}/monitoring`);
  await expect(
    cm
      .getByRole("figure", { name: "Veiligheidsscore en voorwaarden per monitoringsmoment" })
      .locator(".recharts-wrapper > svg"),
  ).toBeVisible();
  await expect(
    cm.getByText(/2 veiligheidsscores van 21 november 2026 tot 23 november 2026: van 5 naar 7 \(gestegen\)/),
  ).toBeVisible();
  await expect(cm.getByText("4 januari 2027 — over")).toBeVisible(); // 23 november + 42 dagen
  await expectAccessible(cm);

  // Close the casus.
  await cm.goto(`${base}/afsluiten`);
  await expect(cm.getByText(/De monitoring loopt korter dan een jaar/)).toBeVisible();
  await expectAccessible(cm);
  await cm.getByLabel("Einddatum").fill("2026-11-19");
  await cm.getByRole("button", { name: "Casus sluiten" }).click();
  await confirmStep(cm, "Casus sluiten");
  await expect(
    cm.getByText("De einddatum moet op of na 23 november 2026 liggen, de laatste datum in de casus."),
  ).toBeVisible();
  await cm.getByLabel("Einddatum").fill("2026-11-23");
  await cm.getByRole("button", { name: "Casus sluiten" }).click();
  await confirmStep(cm, "Casus sluiten");
  await expect(cm.getByText("De casus is gesloten")).toBeVisible();
  await expect(cm.getByText("Gesloten op 23 november 2026.", { exact: false })).toBeVisible();

  // After closing nothing can be added.
  await cm.goto(`${base}/monitoring/nieuw`);
  await expect(cm.getByText("De casus is gesloten; er kan niets meer aan worden toegevoegd")).toBeVisible();
  await cm.goto(`${base}/overdracht/nieuw`);
  await expect(cm.getByText("De casus is gesloten; er kan niets meer aan worden toegevoegd")).toBeVisible();
  await cm.goto(`${base}/dienst-starten`);
  await expect(cm.getByText("De casus is gesloten; er kan niets meer aan worden toegevoegd")).toBeVisible();
  await cm.goto("/mijn-casussen");
  await expect(cm.getByRole("row").filter({ hasText: casusnummer })).toHaveCount(0);
});
