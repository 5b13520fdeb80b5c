import { expect, test } from "vitest";
import { addMonths, toIsoDate } from "./dates";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

test("a month later on the same day, or the last day of a shorter month", () => {
  expect(toIsoDate(addMonths(d("2026-03-15"), 1))).toBe("2026-04-15");
  expect(toIsoDate(addMonths(d("2026-01-31"), 1))).toBe("2026-02-28");
  expect(toIsoDate(addMonths(d("2028-01-31"), 1))).toBe("2028-02-29");
  expect(toIsoDate(addMonths(d("2026-11-30"), 3))).toBe("2027-02-28");
  expect(toIsoDate(addMonths(d("2026-12-05"), 1))).toBe("2027-01-05");
});
