import { describe, expect, test } from "vitest";
import { describeScores } from "./score-summary";

describe("describeScores", () => {
  test("none, one, a rising and a falling series", () => {
    expect(describeScores([])).toBe("Er zijn nog geen veiligheidsscores.");
    expect(describeScores([{ datum: "2026-07-14", score: 6 }])).toBe("Eén veiligheidsscore: 6 op 14 juli 2026.");
    expect(
      describeScores([
        { datum: "2026-07-14", score: 6 },
        { datum: "2026-08-01", score: 3 },
        { datum: "2026-09-22", score: 7 },
      ]),
    ).toBe(
      "3 veiligheidsscores van 14 juli 2026 tot 22 september 2026: van 6 naar 7 (gestegen); laagste 3, hoogste 7.",
    );
    expect(
      describeScores([
        { datum: "2026-07-14", score: 6 },
        { datum: "2026-09-22", score: 4 },
      ]),
    ).toMatch(/\(gedaald\)/);
  });
});
