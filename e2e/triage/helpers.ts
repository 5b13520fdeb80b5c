// Shared steps of the voordeur journeys. Every run makes its own people (random valid BSNs, unique names), so the
// journeys do not depend on each other or on other specs using the same seeded database.
import { expect, type Locator, type Page } from "@playwright/test";
import { generateBsn } from "../../lib/domain/bsn";
import { confirmStep } from "../fixtures/confirm";

export const randomBsn = () => generateBsn(Math.random);
/** The same digits with the last one changed: fails the elfproef. */
export const wrongBsn = (bsn: string) => bsn.slice(0, 8) + String((Number(bsn[8]) + 1) % 10);
export const uniqueName = (base: string) => `${base}-${Math.random().toString(36).slice(2, 7)}`;

export { expectAccessible } from "../fixtures/axe";

/** A melding's row in the werkvoorraad's list of meldingen awaiting a beoordeling (not the follow-up list). */
export const werkvoorraadRij = (page: Page, nummer: string) =>
  page.getByTestId("werkvoorraad-melding").filter({ hasText: nummer });

export const card = (page: Page, n: number) => page.getByRole("group", { name: `Betrokkene ${n}`, exact: true });

/** Anoniem J/N of the melder (its own group: the acuut question also has a Ja and a Nee). */
export const kiesAnoniem = (page: Page, anoniem: boolean) =>
  page
    .getByRole("group", { name: "Anoniem" })
    .getByRole("radio", { name: anoniem ? /^Ja/ : "Nee" })
    .check();

/** Acuut J (with its reason) or N. */
export async function kiesAcuut(page: Page, reden?: string) {
  if (!reden) return page.getByRole("radio", { name: "Nee, niet acuut" }).check();
  await page.getByRole("radio", { name: "Ja, acuut — direct beoordelen" }).check();
  await page.getByLabel("Waarom acuut?").fill(reden);
}

export async function fillMelder(page: Page, opts: { anoniem?: boolean; acuut?: string } = {}) {
  await kiesAcuut(page, opts.acuut);
  await page.getByLabel("Functie of rol").selectOption({ label: "Politieagent" });
  await page.getByLabel("Organisatie", { exact: true }).selectOption({ label: "Politie" });
  await page.getByLabel("Naam melder").fill("Agent R. Bakker, basisteam Noord");
  await page.getByLabel("Contactgegevens melder").fill("0900-8844");
  await kiesAnoniem(page, opts.anoniem ?? false);
  await page.getByRole("checkbox", { name: "Kindermishandeling", exact: true }).check();
  await page.getByLabel("Duur", { exact: true }).selectOption({ label: "1 maand tot 6 maanden" });
  await page.getByLabel("Toelichting").fill("Zorgmelding na een huiselijke ruzie; kinderen waren aanwezig.");
}

export type Persoon = {
  bsn?: string;
  voornamen: string;
  achternaam: string;
  geboortedatum: string;
  rol: string;
  geslacht: string;
};

/** Search a person by BSN (or name + date of birth) in a betrokkene card; expects nobody to be found, then enters the person. */
export async function enterNewPerson(c: Locator, p: Persoon, opts: { typedBsn?: string } = {}) {
  if (p.bsn) await c.getByLabel("BSN").fill(p.bsn);
  else {
    await c.getByLabel("Achternaam").fill(p.achternaam);
    await c.getByLabel("Geboortedatum").fill(p.geboortedatum);
  }
  await c.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(c.getByText("Geen persoon gevonden")).toBeVisible();
  await c.getByRole("button", { name: "Nieuwe persoon invoeren" }).click();
  await c.getByLabel("Rol in de casus").selectOption({ label: p.rol });
  await c.getByLabel("Geslacht").selectOption({ label: p.geslacht });
  if (opts.typedBsn !== undefined) await c.getByLabel("BSN").fill(opts.typedBsn);
  await c.getByLabel("Geboortedatum").fill(p.geboortedatum);
  await c.getByLabel("Voornamen").fill(p.voornamen);
  await c.getByLabel("Achternaam").fill(p.achternaam);
  await c.getByLabel("Straat").fill("Zwaanshals");
  await c.getByLabel("Huisnummer").fill("14b");
  await c.getByLabel("Postcode").fill("3035 KS");
  await c.getByLabel("Woonplaats").fill("Rotterdam");
}

/** Registers a melding about new persons only; returns its nummer and casusnummer. */
export async function registerMelding(page: Page, personen: Persoon[], datumMelding?: string) {
  await page.goto("/meldingen/nieuw");
  // A value typed before the form is hydrated would be reset to its default.
  await expect(page.locator("form[data-hydrated]")).toBeAttached();
  if (datumMelding) await page.getByLabel("Datum melding").fill(datumMelding);
  await fillMelder(page);
  for (const [i, p] of personen.entries()) {
    if (i > 0) await page.getByRole("button", { name: "Betrokkene toevoegen" }).click();
    await enterNewPerson(card(page, i + 1), p);
  }
  await page.getByLabel("Gemeente").selectOption({ label: "Rotterdam" });
  await page.getByRole("button", { name: "Melding registreren" }).click();
  await expect(page).toHaveURL(/\/meldingen\/M\d{4}-\d+$/);
  const nummer = page.url().split("/").pop()!;
  const casus = (await page
    .getByRole("link", { name: /^C\d{4}-\d+$/ })
    .first()
    .textContent())!;
  return { nummer, casus };
}

/** On the beoordeling page: records a beoordeling decided with the gedragswetenschapper; it then awaits vaststelling. */
export async function recordBeoordeling(page: Page, b: { taxatie: string; inhoud: string; datum?: string }) {
  if (b.datum) await page.getByLabel("Datum beoordeling").fill(b.datum);
  await page.getByLabel("Besloten met").selectOption({ label: "Dr. Gerda Bakker (Gedragswetenschapper)" });
  await page.getByLabel("Veiligheidstaxatie").selectOption({ label: b.taxatie });
  await page.getByLabel("Inhoud").selectOption({ label: b.inhoud });
  await page.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await expect(page.getByText("Wacht op vaststelling door een gedragswetenschapper of teamleider")).toBeVisible();
}

/** Opens the melding's beoordeling from Te bevestigen (the logged-in user's start page). */
export async function openTeBevestigen(page: Page, meldingnummer: string) {
  await page
    .getByRole("row", { name: new RegExp(meldingnummer) })
    .getByRole("link", { name: /Bekijken en vaststellen/ })
    .click();
}

/** Vaststellen of the open beoordeling page, through the confirmation dialog. */
export async function vaststellen(page: Page) {
  await page.getByRole("button", { name: "Vaststellen" }).click();
  await confirmStep(page, "Vaststellen");
  await expect(page.getByText("Vastgesteld (definitief)")).toBeVisible();
}
