import { describe, expect, it } from "vitest";
import {
  buildCleanRecords,
  changeRecords,
  isRecord,
  patchLine,
  writeToText,
  checkRecords,
  checkText,
  rulesOf,
} from "./test-fixtures";

const check = checkRecords;

describe("a clean file", () => {
  it("gives zero violations", async () => {
    expect(await check(buildCleanRecords())).toEqual([]);
  });

  it("gives zero violations with the period taken from record 01 and no gemeente list", async () => {
    expect(await checkText(await writeToText(buildCleanRecords()), {})).toEqual([]);
  });
});

describe("K01 form", () => {
  it("non-digits in an N field (patched into the file)", async () => {
    const vs = await check(buildCleanRecords(), (t) => patchLine(t, 3, 39, "03A3"));
    expect(vs).toMatchObject([
      {
        rule: "K01",
        severity: "F",
        recordtype: "20",
        field: "gemeentecode",
        value: "03A3",
        lineNumber: 3,
        key: { casusnummer: "C2025-000001" },
      },
    ]);
  });

  it.each([
    ["20", "begindatum", "20250231"],
    ["20", "einddatum", "20250700"],
    ["30", "aard", "1200000"],
    ["40", "uitkomst_onderzoek", "40000"],
    ["60", "veiligheidsscore", "1 "],
  ])("record %s field %s = '%s'", async (type, field, value) => {
    const vs = await check(changeRecords(isRecord(type), { [field]: value }));
    expect(new Set(rulesOf(vs))).toEqual(new Set(["K01"]));
    expect(vs[0]).toMatchObject({ recordtype: type, field });
  });

  it("geboortedatum may be partial or 99999999, other dates may not", async () => {
    expect(
      await check(changeRecords(isRecord("21", "persoonsvolgnummer", "0002"), { geboortedatum: "19850000" })),
    ).toEqual([]);
    expect(
      await check(changeRecords(isRecord("21", "persoonsvolgnummer", "0002"), { geboortedatum: "19851300" })),
    ).toMatchObject([{ rule: "K01" }]);
  });

  it("an over-long identifier and a non-ASCII character are flagged, never truncated", async () => {
    const records = changeRecords(isRecord("10"), { adviesnummer: "A2025-000000000000001" });
    const vs = await check(changeRecords(isRecord("01"), { software: "Registratie café" }, records));
    expect(vs).toMatchObject([
      { rule: "K01", recordtype: "01", field: "software" },
      { rule: "K01", recordtype: "10", field: "adviesnummer", value: "????????????????????" },
    ]);
  });

  it("an identifier with lower-case letters, a persoonsvolgnummer 0", async () => {
    expect(await check(changeRecords(isRecord("60"), { monitoringnummer: "mo-1" }))).toMatchObject([
      { rule: "K01", field: "monitoringnummer" },
    ]);
    const vs = await check(changeRecords(isRecord("21", "persoonsvolgnummer", "0002"), { persoonsvolgnummer: "0000" }));
    expect(vs[0]).toMatchObject({ rule: "K01", field: "persoonsvolgnummer" });
  });

  it("wrong length, unknown record type, LF line end", async () => {
    const text = await writeToText(buildCleanRecords());
    expect(rulesOf(await checkText(text.replace("\r\n20C2025-000001", "\n20C2025-000001")))).toEqual(["K01"]);
    const short = await checkText(
      patchLine(text, 19, 1, "60MO2025-000001       C2025-000001        2025110107".padEnd(120, "\u0000")),
    );
    expect(short).toMatchObject([{ rule: "K01", lineNumber: 19, message: expect.stringContaining("reserve") }]);
    const unknown = await checkText(patchLine(text, 2, 1, "77"));
    expect(unknown).toMatchObject([
      { rule: "K01", lineNumber: 2, message: expect.stringContaining("onbekend recordtype") },
      { rule: "K03", field: "aantal_10" },
    ]);
  });

  it("record order: type order and sort order", async () => {
    const records = buildCleanRecords();
    const swapped = [...records];
    [swapped[2], swapped[3]] = [swapped[3], swapped[2]];
    expect(await check(swapped)).toMatchObject([
      { rule: "K01", lineNumber: 4, message: expect.stringContaining("gesorteerd") },
    ]);
    const text = await writeToText(records);
    const lines = text.split("\r\n");
    [lines[1], lines[2]] = [lines[2], lines[1]];
    expect(await checkText(lines.join("\r\n"))).toMatchObject([
      { rule: "K01", lineNumber: 3, message: expect.stringContaining("na record 20") },
    ]);
  });
});

describe("K02 codes", () => {
  it("a code outside its list", async () => {
    expect(await check(changeRecords(isRecord("30", "meldingnummer", "M2025-000001"), { duur: "07" }))).toMatchObject([
      { rule: "K02", severity: "F", field: "duur", value: "07" },
    ]);
    expect(await check(changeRecords(isRecord("50", "moment", "3"), { partij: "20" }))).toMatchObject([
      { rule: "K02", field: "partij" },
    ]);
    expect(await check(changeRecords(isRecord("40", "soort", "O"), { soort: "X" }))).toMatchObject([
      { rule: "K02", field: "soort" },
    ]);
  });

  it("aard 07 only in record 40", async () => {
    expect(await check(changeRecords(isRecord("10"), { aard: "1000001" }))).toMatchObject([
      { rule: "K02", recordtype: "10", field: "aard" },
    ]);
    expect(
      await check(
        changeRecords(isRecord("40", "soort", "O"), { aard_conclusie: "0000001", uitkomst_onderzoek: "30000" }),
      ),
    ).toEqual([]);
  });
});

describe("K03 counts", () => {
  it("record 99 counts must equal the records in the file", async () => {
    const vs = await check(buildCleanRecords(), (t) => patchLine(t, 20, 10, "0000003"));
    expect(vs).toMatchObject([{ rule: "K03", recordtype: "99", field: "aantal_20", lineNumber: 20 }]);
  });

  it("a missing record 99", async () => {
    const text = await writeToText(buildCleanRecords());
    expect(await checkText(text.slice(0, -122))).toMatchObject([
      { rule: "K03", message: expect.stringContaining("ontbreekt") },
    ]);
  });
});

describe("K04 references and uniqueness", () => {
  it("a persoonsvolgnummer that is not in record 21", async () => {
    const vs = await check(changeRecords(isRecord("31", "persoonsvolgnummer", "0002"), { persoonsvolgnummer: "0003" }));
    expect(vs).toMatchObject([
      {
        rule: "K04",
        recordtype: "31",
        field: "persoonsvolgnummer",
        key: { meldingnummer: "M2025-000001", persoonsvolgnummer: "0003" },
      },
    ]);
  });

  it("a beoordeling of an unknown melding, a dienst of an unknown casus", async () => {
    expect(await check(changeRecords(isRecord("32", "inhoud", "02"), { meldingnummer: "M2025-000009" }))).toMatchObject(
      [
        { rule: "K04", field: "meldingnummer" },
        { rule: "K14", recordtype: "50" },
      ],
    );
    expect(rulesOf(await check(changeRecords(isRecord("40", "soort", "V"), { casusnummer: "C2025-000003" })))).toEqual([
      "K04",
    ]);
  });

  it("a duplicate casusnummer and a duplicate persoonsvolgnummer in a casus", async () => {
    const records = buildCleanRecords();
    records.splice(3, 0, records[2]);
    expect(rulesOf(await check(records))).toEqual(["K04"]);
    expect(
      rulesOf(await check(changeRecords(isRecord("21", "persoonsvolgnummer", "0002"), { persoonsvolgnummer: "0001" }))),
    ).toContain("K04");
  });

  it("an overdracht whose bronnummer is a dienst of the wrong soort", async () => {
    expect(await check(changeRecords(isRecord("50", "moment", "3"), { moment: "2" }))).toMatchObject([
      { rule: "K04", field: "bronnummer" },
    ]);
  });
});

describe("K05 dates", () => {
  it.each([
    ["10", "einddatum", "20250709", "einddatum"],
    ["32", "datum_beoordeling", "20250703", "datum_beoordeling"],
    ["60", "datum_monitoring", "20260101", "datum_monitoring"],
  ])("record %s %s = %s", async (type, field, value, expectedField) => {
    const vs = await check(
      changeRecords((r) => r.type === type && r.values.casusnummer !== "C2025-000002", { [field]: value }),
    );
    expect(vs).toMatchObject([{ rule: "K05", recordtype: type, field: expectedField }]);
  });

  it("dienst startdatum before the begindatum of its casus", async () => {
    const vs = await check(changeRecords(isRecord("40", "soort", "O"), { startdatum: "20250703" }));
    expect(vs).toMatchObject([{ rule: "K05", recordtype: "40", field: "startdatum" }]);
  });

  it("a record 01 for another period than the one checked", async () => {
    const vs = await check(changeRecords(isRecord("01"), { halfjaar: "1" }));
    expect(rulesOf(vs)).toContain("K05");
    expect(vs[0]).toMatchObject({ rule: "K05", recordtype: "01", lineNumber: 1 });
  });
});
