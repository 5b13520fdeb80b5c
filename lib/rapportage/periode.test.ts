import { expect, test } from "vitest";
import { toIsoDate } from "@/lib/domain/dates";
import { parseRapportPeriode } from "./periode";

const kort = (code: string) => {
  const r = parseRapportPeriode(code);
  if (!r.ok) return r.message;
  const p = r.periode;
  return [
    p.code,
    toIsoDate(p.start),
    toIsoDate(p.end),
    p.vorige.code,
    toIsoDate(p.vorige.start),
    toIsoDate(p.vorige.end),
  ];
};

test("half year, quarter, year and from–to, each with the previous period of its kind", () => {
  expect(kort("2025H2")).toEqual(["2025H2", "2025-07-01", "2025-12-31", "2025H1", "2025-01-01", "2025-06-30"]);
  expect(kort("2025h1")).toEqual(["2025H1", "2025-01-01", "2025-06-30", "2024H2", "2024-07-01", "2024-12-31"]);
  expect(kort("2024K1")).toEqual(["2024K1", "2024-01-01", "2024-03-31", "2023K4", "2023-10-01", "2023-12-31"]);
  expect(kort("2024Q4")).toEqual(["2024K4", "2024-10-01", "2024-12-31", "2024K3", "2024-07-01", "2024-09-30"]);
  expect(kort("2025")).toEqual(["2025", "2025-01-01", "2025-12-31", "2024", "2024-01-01", "2024-12-31"]);
  expect(kort("2025-02-01..2025-02-28")).toEqual([
    "2025-02-01..2025-02-28",
    "2025-02-01",
    "2025-02-28",
    "2025-01-04..2025-01-31",
    "2025-01-04",
    "2025-01-31",
  ]);
});

test("bad input gets a Dutch message", () => {
  expect(kort("2025H3")).toMatch(/Kies een halfjaar/);
  expect(kort("1800")).toMatch(/Kies een halfjaar/);
  expect(kort("2025-02-30..2025-03-01")).toBe("Een van de data bestaat niet.");
  expect(kort("2025-03-01..2025-02-01")).toBe("De einddatum ligt vóór de begindatum.");
  expect(kort("2020-01-01..2025-01-01")).toBe("Kies een periode van hoogstens drie jaar.");
  expect(kort("'; DROP TABLE casus; --")).toMatch(/Kies een halfjaar/);
});
