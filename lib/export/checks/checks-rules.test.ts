import { describe, expect, it } from "vitest";
import { checkDelivery } from "./checks";
import {
  buildCleanRecords,
  changeRecords,
  isRecord,
  writeToText,
  checkRecords,
  checkText,
  rulesOf,
  TEST_OPTIONS,
} from "./test-fixtures";

const check = checkRecords;
const OPTIONS = TEST_OPTIONS;

describe("K06-K10", () => {
  it("K06: BSN fails the elfproef; 999999999 without geboortedatum 99999999", async () => {
    expect(await check(changeRecords(isRecord("21", "bsn", "111222333"), { bsn: "111222334" }))).toMatchObject([
      { rule: "K06", field: "bsn" },
    ]);
    expect(
      rulesOf(await check(changeRecords(isRecord("21", "bsn", "999999999"), { geboortedatum: "20250101" }))),
    ).toEqual(["K06"]);
  });

  it("K07: organisatie 98 iff niet-beroepsmatige rol", async () => {
    expect(await check(changeRecords(isRecord("30", "organisatie", "98"), { organisatie: "15" }))).toMatchObject([
      { rule: "K07", recordtype: "30" },
    ]);
    expect(await check(changeRecords(isRecord("10"), { organisatie: "98" }))).toMatchObject([
      { rule: "K07", recordtype: "10" },
    ]);
  });

  it("K08: a melding without betrokkene", async () => {
    const vs = await check(
      buildCleanRecords().filter((r) => !(r.type === "31" && r.values.meldingnummer === "M2025-000002")),
    );
    expect(vs).toMatchObject([
      { rule: "K08", recordtype: "30", key: { meldingnummer: "M2025-000002" }, lineNumber: 9 },
    ]);
  });

  it("K09: closed casus with an open dienst; soort V with an uitkomst", async () => {
    expect(
      await check(changeRecords(isRecord("20", "casusnummer", "C2025-000001"), { einddatum: "20251201" })),
    ).toMatchObject([{ rule: "K09", recordtype: "40", key: { dienstnummer: "D2025-000002" } }]);
    expect(await check(changeRecords(isRecord("40", "soort", "V"), { uitkomst_onderzoek: "10000" }))).toMatchObject([
      { rule: "K09", field: "uitkomst_onderzoek" },
    ]);
  });

  it("K10: veiligheidsscore above 10", async () => {
    expect(await check(changeRecords(isRecord("60"), { veiligheidsscore: "11" }))).toMatchObject([
      { rule: "K10", severity: "F" },
    ]);
  });
});

describe("warnings K11-K14", () => {
  it("K11: gemeentecode not in the list, or 0000", async () => {
    expect(
      await check(changeRecords(isRecord("20", "casusnummer", "C2025-000002"), { gemeentecode: "9999" })),
    ).toMatchObject([{ rule: "K11", severity: "W", value: "9999" }]);
    expect(await check(changeRecords(isRecord("10"), { gemeentecode: "0000" }))).toMatchObject([
      { rule: "K11", severity: "W" },
    ]);
  });

  it("K12: onbekend values", async () => {
    expect(await check(changeRecords(isRecord("10"), { duur: "99" }))).toMatchObject([
      { rule: "K12", severity: "W", field: "duur" },
    ]);
    expect(
      await check(changeRecords(isRecord("30", "meldingnummer", "M2025-000001"), { aard: "0000000" })),
    ).toMatchObject([{ rule: "K12", field: "aard" }]);
    expect(
      rulesOf(await check(changeRecords(isRecord("21", "bsn", "123456782"), { bsn: "000000000", geslacht: "9" }))),
    ).toEqual(["K12", "K12"]);
  });

  it("K13: beoordeling later than 5 werkdagen after the melding", async () => {
    // melding Friday 2025-07-04: 5 werkdagen later is Friday 2025-07-11
    expect(await check(changeRecords(isRecord("32", "inhoud", "01"), { datum_beoordeling: "20250711" }))).toEqual([]);
    expect(await check(changeRecords(isRecord("32", "inhoud", "01"), { datum_beoordeling: "20250714" }))).toMatchObject(
      [{ rule: "K13", severity: "W", recordtype: "32" }],
    );
  });

  it("K13: onderzoek longer than 10 weeks from its beoordeling", async () => {
    // beoordeling 2025-07-07 + 70 days = 2025-09-15
    expect(await check(changeRecords(isRecord("40", "soort", "O"), { einddatum: "20250915" }))).toEqual([]);
    expect(await check(changeRecords(isRecord("40", "soort", "O"), { einddatum: "20250916" }))).toMatchObject([
      { rule: "K13", recordtype: "40", field: "einddatum" },
    ]);
  });

  it("K14: overdracht moment 1 while the beoordeling is not Overdracht", async () => {
    expect(await check(changeRecords(isRecord("32", "inhoud", "02"), { inhoud: "03" }))).toMatchObject([
      { rule: "K14", severity: "W", recordtype: "50", key: { overdrachtnummer: "O2025-000002" } },
    ]);
  });
});

describe("checkDelivery", () => {
  it("returns violations, ok and the spiegelrapport in one pass", async () => {
    const text = await writeToText(changeRecords(isRecord("10"), { duur: "99" }));
    const result = await checkDelivery([Buffer.from(text, "latin1")], OPTIONS);
    expect(result.ok).toBe(true);
    expect(rulesOf(result.violations)).toEqual(["K12"]);
    const advies = result.mirror.find((r) => r.recordtype === "10")!;
    expect(advies.records).toBe(1);
    expect(advies.fields.find((f) => f.field === "duur")).toEqual({
      field: "duur",
      filled: 1,
      onbekend: 1,
      distribution: { "99": 1 },
    });
    const melding = result.mirror.find((r) => r.recordtype === "30")!;
    expect(melding.fields.find((f) => f.field === "aard")!.distribution).toEqual({ "01": 1, "03": 2 });
    expect(melding.fields.find((f) => f.field === "organisatie")).toMatchObject({
      filled: 2,
      onbekend: 0,
      distribution: { "15": 1, "98": 1 },
    });
    const dienst = result.mirror.find((r) => r.recordtype === "40")!;
    expect(dienst.fields.find((f) => f.field === "einddatum")).toEqual({ field: "einddatum", filled: 1, onbekend: 0 });
    expect(dienst.fields.find((f) => f.field === "uitkomst_onderzoek")!.distribution).toMatchObject({
      "01:1": 1,
      "01:0": 1,
      "02:0": 2,
    });
  });

  it("is not ok with an F violation", async () => {
    const text = await writeToText(changeRecords(isRecord("60"), { veiligheidsscore: "12" }));
    expect((await checkDelivery([text], OPTIONS)).ok).toBe(false);
  });
});

describe("records out of order", () => {
  it("resolves references in finish(): only the order is reported, not missing references", async () => {
    const records = buildCleanRecords();
    const text = await writeToText(records);
    const lines = text.split("\r\n");
    const moved = [lines[0], ...lines.slice(12, 14), ...lines.slice(1, 12), ...lines.slice(14)];
    const vs = await checkText(moved.join("\r\n"));
    expect(vs.length).toBeGreaterThan(0);
    expect(new Set(rulesOf(vs))).toEqual(new Set(["K01"]));
  });
});
