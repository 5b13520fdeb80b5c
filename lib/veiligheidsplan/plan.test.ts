import { describe, expect, test } from "vitest";
import { parseIsoDate } from "@/lib/domain/dates";
import { geldtOpDatum, tweeKeerNiet } from "./regels";
import { toPlanView } from "./plan";

const d = (s: string) => parseIsoDate(s)!;

describe("the rules of the veiligheidsplan", () => {
  test("a voorwaarde holds from the day it was agreed up to and including the day it ended", () => {
    const v = { afgesprokenOp: d("2027-01-10"), beeindigdOp: d("2027-03-01") };
    expect(geldtOpDatum(v, d("2027-01-09"))).toBe(false);
    expect(geldtOpDatum(v, d("2027-01-10"))).toBe(true);
    expect(geldtOpDatum(v, d("2027-03-01"))).toBe(true);
    expect(geldtOpDatum(v, d("2027-03-02"))).toBe(false);
    expect(geldtOpDatum({ ...v, beeindigdOp: null }, d("2030-01-01"))).toBe(true);
  });

  test("reconsider only after 'niet nagekomen' at two moments in a row", () => {
    expect(tweeKeerNiet(["NIET"])).toBe(false);
    expect(tweeKeerNiet(["NIET", "DEELS", "NIET"])).toBe(false);
    expect(tweeKeerNiet(["NAGEKOMEN", "NIET", "NIET"])).toBe(true);
    expect(tweeKeerNiet(["DEELS", "DEELS"])).toBe(false);
  });
});

describe("the plan as the pages show it", () => {
  const voorwaarde = (
    id: number,
    scores: [number, "NAGEKOMEN" | "DEELS" | "NIET"][],
    beeindigdOp: Date | null = null,
  ) => ({
    id,
    volgnummer: id,
    omschrijving: `Voorwaarde ${id}`,
    wie: "Moeder",
    perDatum: d("2027-01-10"),
    controle: "Huisbezoek",
    afgesprokenOp: d("2027-01-10"),
    beeindigdOp,
    beeindigdReden: beeindigdOp ? "Niet meer nodig" : null,
    version: 1,
    scores: scores.map(([monitoringsmomentId, oordeel]) => ({ monitoringsmomentId, oordeel, notitie: null })),
  });
  const momenten = [
    // out of order on purpose: the plan orders by date
    { id: 12, nummer: "T2", datum: d("2027-04-10"), veiligheidsscore: 4 },
    { id: 11, nummer: "T1", datum: d("2027-02-10"), veiligheidsscore: 6 },
  ];

  test("counts per moment in date order and flags a voorwaarde not met twice in a row", () => {
    const plan = toPlanView(
      [
        voorwaarde(1, [
          [11, "NAGEKOMEN"],
          [12, "NAGEKOMEN"],
        ]),
        voorwaarde(2, [
          [11, "NIET"],
          [12, "NIET"],
        ]),
        voorwaarde(3, [
          [11, "NIET"],
          [12, "DEELS"],
        ]),
      ],
      momenten,
      d("2027-05-01"),
    );
    expect(plan.punten).toEqual([
      { momentId: 11, datum: "2027-02-10", moment: "T1", score: 6, nagekomen: 1, deels: 0, niet: 2 },
      { momentId: 12, datum: "2027-04-10", moment: "T2", score: 4, nagekomen: 1, deels: 1, niet: 1 },
    ]);
    expect(plan.voorwaarden.map((v) => v.heroverwegen)).toEqual([false, true, false]);
    expect(plan.voorwaarden[1].oordelen[12].label).toBe("Niet nagekomen");
  });

  test("an ended voorwaarde is no longer active nor to be reconsidered", () => {
    const plan = toPlanView(
      [
        voorwaarde(
          2,
          [
            [11, "NIET"],
            [12, "NIET"],
          ],
          d("2027-04-10"),
        ),
      ],
      momenten,
      d("2027-05-01"),
    );
    expect(plan.voorwaarden[0]).toMatchObject({ actief: false, heroverwegen: false, beeindigdOp: "2027-04-10" });
  });
});
