import { expect, test } from "vitest";
import { isTeVernietigen, vernietigenVanaf } from "./regels";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const casus = (einddatum: string | null, vanaf: string | null = null) => ({
  einddatum: einddatum ? d(einddatum) : null,
  vernietigenVanaf: vanaf ? d(vanaf) : null,
  vernietigdOp: null,
});

test("a dossier closed 20 years and one day ago is due; one closed exactly 20 years ago is not yet", () => {
  expect(isTeVernietigen(casus("2006-11-22"), 20, d("2026-11-23"))).toBe(true);
  expect(isTeVernietigen(casus("2006-11-23"), 20, d("2026-11-23"))).toBe(false);
  expect(vernietigenVanaf(casus("2006-11-23"), 20)).toEqual(d("2026-11-24"));
});

test("an open dossier is never due; a shorter term, an earlier or a later day count", () => {
  expect(isTeVernietigen(casus(null), 20, d("2099-01-01"))).toBe(false);
  expect(isTeVernietigen(casus("2016-11-22"), 10, d("2026-11-23"))).toBe(true);
  expect(isTeVernietigen(casus("2026-01-10", "2026-11-20"), 20, d("2026-11-23"))).toBe(true);
  expect(isTeVernietigen(casus("2006-01-10", "2027-06-01"), 20, d("2026-11-23"))).toBe(false);
  expect(isTeVernietigen({ ...casus("2000-01-01"), vernietigdOp: d("2021-01-02") }, 20, d("2026-11-23"))).toBe(false);
});

test("29 February: a ten-year term ends on 28 February, destruction may start on 1 March", () => {
  expect(vernietigenVanaf(casus("2024-02-29"), 10)).toEqual(d("2034-03-01"));
});
