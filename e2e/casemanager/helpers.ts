import { expect, type Browser, type Page } from "@playwright/test";
import { loginAs } from "../fixtures/login";
import { applyTestClock } from "../fixtures/test";

export { expectAccessible } from "../fixtures/axe";

/** A separate browser context (own cookies) logged in as the user: a second person at another desk. */
export async function desk(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  await applyTestClock(context);
  const page = await context.newPage();
  await loginAs(page, username);
  return page;
}

/** The casusnummer in the Mijn casussen row that contains the text. */
export async function casusnummerInRow(page: Page, text: string | RegExp): Promise<string> {
  await page.goto("/mijn-casussen");
  const row = page.getByRole("row").filter({ hasText: text });
  await expect(row).toHaveCount(1);
  return (await row.getByRole("rowheader").getByRole("link").innerText()).trim();
}
