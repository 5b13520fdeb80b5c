import fs from "node:fs";
import ExcelJS from "exceljs";
import { test, expect } from "../fixtures/test";
import { loginAs } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";

// Beleidsinformatie: the teamleider chooses a period and a gemeente, reads a chart's figures as a table, downloads
// the report as XLSX and opens the Gemeentebrief. Demo data: Rotterdam (0599) has an advies in 2026H1.
test("the teamleider makes a report for a gemeente, downloads it and opens the Gemeentebrief", async ({ page }) => {
  await loginAs(page, "teamleider");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Rapportages" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapportages" })).toBeVisible();

  const keuze = page.getByRole("form", { name: "Rapportage kiezen" });
  await keuze.getByLabel("Periode").fill("2026H3");
  await keuze.getByRole("button", { name: "Toon rapportage" }).click();
  await expect(keuze.getByRole("alert")).toContainText("Kies een halfjaar (2025H2)");

  await keuze.getByLabel("Periode").fill("2026H1");
  await keuze.getByLabel("Gemeente").selectOption({ label: "Rotterdam" });
  await keuze.getByRole("button", { name: "Toon rapportage" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /1e halfjaar 2026/ })).toHaveText(
    "1e halfjaar 2026 — Rotterdam",
  );
  // The chart's figures, as a table: Rotterdam's one advies came from a burger.
  const adviesvragers = page.getByTestId("tabel-adviesvrager");
  await expect(adviesvragers.getByRole("row", { name: /Burger/ })).toContainText("1");
  const aard = page.getByTestId("tabel-aard");
  await expect(aard.getByRole("table")).toBeVisible();
  await expect(aard.getByRole("application", { name: "Aard van het geweld" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Kerncijfers 1e halfjaar 2026/ })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Downloaden als Excel (XLSX)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("rapportage-2026H1-0599.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
  expect(wb.getWorksheet("Per gemeente")!.getRow(2).values).toEqual(expect.arrayContaining(["0599", "Rotterdam"]));

  await page.getByRole("link", { name: "Gemeentebrief" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Veilig Thuis in de gemeente Rotterdam: 1e halfjaar 2026",
  );
  await expect(page.getByText("Aantallen onder de vijf staan als <5")).toBeVisible();
  await expectAccessible(page);
});
