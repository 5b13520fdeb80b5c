import { expect, test } from "vitest";
import { parseExportArgs } from "./cli-args";

const today = new Date("2026-11-23T00:00:00Z");
const fail = (argv: string[]) => {
  const r = parseExportArgs(argv, today);
  return r.ok ? null : r.message;
};

test("a complete, finished period is accepted with its defaults", () => {
  expect(parseExportArgs(["--periode", "2025H2", "--out", "x.txt"], today)).toEqual({
    ok: true,
    args: { jaar: 2025, halfjaar: 2, soort: "R", out: "x.txt", kerncijfers: undefined, rapport: undefined },
  });
  expect(
    parseExportArgs(
      ["--periode=2026H1", "--soort", "C", "--out", "y", "--kerncijfers", "k.json", "--rapport", "r.json"],
      today,
    ),
  ).toMatchObject({
    ok: true,
    args: { jaar: 2026, halfjaar: 1, soort: "C", kerncijfers: "k.json", rapport: "r.json" },
  });
});

test("bad input gets a clear Dutch message before anything is written", () => {
  expect(fail(["--periode", "2025-2", "--out", "x"])).toBe("Periode moet de vorm JJJJH1 of JJJJH2 hebben");
  expect(fail(["--periode", "2025H3", "--out", "x"])).toBe("Periode moet de vorm JJJJH1 of JJJJH2 hebben");
  expect(fail(["--periode", "2026H2", "--out", "x"])).toMatch(/nog niet (afgelopen|voorbij)|is nog niet/);
  expect(fail(["--periode", "2030H1", "--out", "x"])).not.toBeNull();
  expect(fail(["--periode", "2025H2", "--soort", "X", "--out", "x"])).toBe(
    "Soort levering moet R (regulier) of C (correctie) zijn.",
  );
  expect(fail(["--periode", "2025H2"])).toBe("Geef het uitvoerbestand op met --out <bestand>.");
  expect(fail(["--out", "x"])).toBe("Geef de periode op, bijvoorbeeld --periode 2025H2.");
  expect(fail(["--periode", "2025H2", "--out", "x", "--force", "1"])).toBe("Onbekende optie: --force");
  expect(fail(["--periode"])).toBe("--periode heeft een waarde nodig.");
});
