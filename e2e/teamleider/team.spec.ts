import { test, expect } from "../fixtures/test";
import { loginAs } from "../fixtures/login";
import { expectAccessible } from "../fixtures/axe";

// Demo data (lib/db/seed/demo-cases.ts): C2026-000002 has a beoordeling "Vervolgstappen" awaiting confirmation and no
// case manager; C2026-000009 has an Onderzoek running past its 10-week deadline (no journey changes it); casemanager2 is Mark Visser.

test("the team lead assigns an unassigned casus to casemanager2 and sees it in the team list", async ({ page }) => {
  await loginAs(page, "teamleider");
  await page.goto("/team");
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Wacht op een casemanager/ })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: /Meldingen die wachten op een veiligheidsbeoordeling/ }),
  ).toBeVisible();
  const perCm = page.getByRole("table", { name: "Aantallen per casemanager" });
  await expect(perCm.getByRole("row").filter({ hasText: "Ilse Kramer" })).toContainText("30");
  await expectAccessible(page);

  await page.getByRole("link", { name: /1 casus die alvast kan worden toegewezen/ }).click();
  await expect(page).toHaveURL(/\/team\/casussen\?toewijzen=alvast/);
  const rij = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "C2026-000002" }) });
  await rij.getByText("Toewijzen").click();
  await rij.getByLabel("Casemanager").selectOption({ label: "Mark Visser" });
  await rij.getByRole("button", { name: /Opslaan/ }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Casus C2026-000002 is toegewezen aan Mark Visser." }),
  ).toBeVisible();

  // The count of Mark Visser opens his list, where the casus now is.
  await page.goto("/team");
  await perCm.getByRole("link", { name: "Mark Visser" }).click();
  await expect(page.getByRole("rowheader", { name: "C2026-000002" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Filters: open casussen" }).getByLabel("Casemanager")).toHaveValue(
    /^\d+$/,
  );

  // The casus page tells who did it.
  await page.getByRole("link", { name: "C2026-000002" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Casus C2026-000002" })).toBeVisible();
  const wie = page.getByRole("region", { name: /Wie deed wat/ });
  await expect(wie.getByRole("row").filter({ hasText: "Casemanager toegewezen" })).toContainText("Lotte Mulder");
});

test("the termijnen page shows percentages against the norm and an overdue onderzoek", async ({ page }) => {
  await loginAs(page, "teamleider");
  await page.goto("/termijnen");
  await expect(page.getByLabel("Van", { exact: true })).toHaveValue("2026-07-01");
  await expect(page.getByLabel("Tot en met")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByTestId("beoordelingen-percentage")).toHaveText("100 %");
  await expect(page.getByText("Voldoet aan de norm van 90 %")).toBeVisible();
  const open = page.getByRole("region", { name: /Lopende onderzoeken over de termijn/ });
  await expect(open.getByRole("row").filter({ hasText: "C2026-000009" })).toContainText("Loopt nog");
  await expectAccessible(page);

  // The second half of 2025: the Onderzoek of C2026-000007 was closed within 10 weeks.
  await page.getByLabel("Van", { exact: true }).fill("2025-07-01");
  await page.getByLabel("Tot en met").fill("2025-12-31");
  await page.getByRole("button", { name: "Toon termijnen" }).click();
  await expect(page.getByTestId("onderzoeken-percentage")).toHaveText("100 %");

  await page.goto("/termijnen?van=2026-10-01&tot=2026-09-01");
  await expect(page.getByText("Van moet vóór of op tot en met liggen.")).toBeVisible();
});
