import { describe, expect, test } from "vitest";
import { achternaamAt } from "./achternamen";

const N = 200_000;
const tel = new Map<string, number>();
for (let k = 0; k < N; k++) {
  const n = achternaamAt((k + 0.5) / N);
  const key = [n.tussenvoegsel, n.achternaam].filter(Boolean).join(" ");
  tel.set(key, (tel.get(key) ?? 0) + 1);
}
const deel = (naam: string) => (tel.get(naam) ?? 0) / N;

describe("synthetic surnames follow the Dutch population", () => {
  test("de Jong is the most common name at about half a percent", () => {
    expect(deel("de Jong")).toBeCloseTo(0.0053, 3);
    const [top] = [...tel.entries()].sort((a, b) => b[1] - a[1]);
    expect(top[0]).toBe("de Jong");
  });

  test("the common names together are about 8 %; a long tail of over a thousand names holds the rest", () => {
    const gewoon = ["de Jong", "Jansen", "de Vries", "Bakker", "Öztürk", "Yilmaz", "El Amrani"];
    for (const naam of gewoon) expect(deel(naam)).toBeGreaterThan(0);
    expect(tel.size).toBeGreaterThan(1000);
    const staart = [...tel.values()].filter((n) => n / N < 0.001);
    expect(staart.reduce((s, n) => s + n, 0) / N).toBeGreaterThan(0.9);
  });

  test("every draw in [0, 1) gives a name, also at the edges", () => {
    for (const u of [0, 1e-12, 0.0839999, 0.084, 0.5, 1 - 1e-12]) {
      const n = achternaamAt(u);
      expect(n.achternaam).toMatch(/^\p{Lu}[\p{L} ]+$/u);
    }
  });
});
