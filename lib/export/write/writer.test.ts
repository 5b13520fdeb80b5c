import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { formatRecord, UNREPRESENTABLE_CHAR } from "./format";
import { fromFlags, fromUitkomst, toFlags, toUitkomst } from "../layout/flags";
import { buildCleanRecords, writeToText } from "../checks/test-fixtures";
import { DeliveryWriter, makeFileName } from "./writer";
import { CopyRowFormatter } from "./copy-format";

const sp = (n: number) => " ".repeat(n);

describe("formatRecord: padding and alignment", () => {
  it("record 20: AN left-aligned space-padded, D as is, N zero-padded, reserve spaces", () => {
    const { line, problems } = formatRecord("20", {
      casusnummer: "C2025-000001",
      begindatum: "20250704",
      einddatum: "00000000",
      gemeentecode: "363",
    });
    expect(problems).toEqual([]);
    expect(line).toBe("20" + "C2025-000001" + sp(8) + "20250704" + "00000000" + "0363" + sp(78));
    expect(line.length).toBe(120);
  });

  it("record 21: numbers are right-aligned and zero-padded", () => {
    const { line, problems } = formatRecord("21", {
      casusnummer: "C1",
      persoonsvolgnummer: 7,
      bsn: "111222333",
      geboortedatum: "20150300",
      geslacht: 2,
    });
    expect(problems).toEqual([]);
    expect(line).toBe("21" + "C1" + sp(18) + "0007" + "111222333" + "20150300" + "2" + sp(76));
  });

  it("record 01", () => {
    const { line } = formatRecord("01", buildCleanRecords()[0].values);
    expect(line).toBe("01VT181234567820252R20260105093000VTP-1.0   VT-registratie 0.1.0" + sp(20) + sp(36));
  });

  it("record 40 with flags and uitkomst", () => {
    const { line } = formatRecord("40", buildCleanRecords().find((r) => r.type === "40")!.values);
    expect(line).toBe(
      "40D2025-000001" +
        sp(8) +
        "C2025-000001" +
        sp(8) +
        "O" +
        "20250710" +
        "20250905" +
        "1000000" +
        "00000000" +
        "04" +
        "10000" +
        "00" +
        sp(37),
    );
  });
});

describe("formatRecord never truncates or drops", () => {
  it("reports a 21-character identifier as K01 and writes a marker of the field length", () => {
    const { line, problems } = formatRecord(
      "20",
      { casusnummer: "C2025-0000000000001XY", begindatum: "20250704", einddatum: "00000000", gemeentecode: "0363" },
      5,
    );
    expect(line.length).toBe(120);
    expect(line.slice(2, 22)).toBe(UNREPRESENTABLE_CHAR.repeat(20));
    expect(problems).toMatchObject([
      {
        rule: "K01",
        severity: "F",
        recordtype: "20",
        field: "casusnummer",
        value: "C2025-0000000000001XY",
        lineNumber: 5,
      },
    ]);
  });

  it("reports a non-ASCII character (é) as K01", () => {
    const { line, problems } = formatRecord("01", { ...buildCleanRecords()[0].values, software: "Registratie café" });
    expect(line.length).toBe(120);
    expect(line.slice(44, 84)).toBe("?".repeat(40));
    expect(problems).toMatchObject([{ rule: "K01", field: "software", message: expect.stringContaining("ASCII") }]);
  });

  it.each([
    ["gemeentecode", "03a3"],
    ["gemeentecode", -1],
    ["gemeentecode", 1.5],
    ["gemeentecode", "12345"],
    ["begindatum", "2025-07-04"],
    ["einddatum", undefined],
  ])("reports %s = %s", (field, value) => {
    const values = {
      casusnummer: "C1",
      begindatum: "20250704",
      einddatum: "00000000",
      gemeentecode: "0363",
      [field]: value,
    };
    const { line, problems } = formatRecord("20", values);
    expect(line.length).toBe(120);
    expect(problems).toMatchObject([{ rule: "K01", field }]);
  });

  it("reports a flag string of the wrong length and a field not in the layout", () => {
    const values = { ...buildCleanRecords().find((r) => r.type === "30")!.values, aard: "10", naam: "Jansen" };
    const { problems } = formatRecord("30", values);
    expect(problems.map((p) => p.field)).toEqual(["aard", "naam"]);
  });

  it("throws on an unknown record type", () => {
    expect(() => formatRecord("77", {})).toThrow();
  });
});

describe("flags", () => {
  it("builds and reads flag strings in list order", () => {
    expect(toFlags(["03", "01"], "A")).toBe("1010000");
    expect(toFlags(["08"], "B")).toBe("00000001");
    expect(fromFlags("1010000", "A")).toEqual(["01", "03"]);
    expect(() => toFlags(["09"], "A")).toThrow();
  });

  it("builds and reads the uitkomst onderzoek", () => {
    expect(toUitkomst({ "01": "1", "03": "3" })).toBe("10300");
    expect(fromUitkomst("10300")).toEqual({ "01": "1", "03": "3" });
    expect(() => toUitkomst({ "06": "1" })).toThrow();
    expect(() => toUitkomst({ "01": "4" })).toThrow();
  });
});

describe("DeliveryWriter", () => {
  it("ends every record with CRLF and writes record 99 with the counts", async () => {
    const records = buildCleanRecords();
    const text = await writeToText(records);
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.split("\r\n");
    expect(lines.pop()).toBe("");
    expect(lines.length).toBe(records.length + 1);
    for (const l of lines) expect(l.length).toBe(120);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(lines.at(-1)).toBe(
      "99" +
        ["0000001", "0000002", "0000003", "0000002", "0000003", "0000002", "0000002", "0000002", "0000001"].join("") +
        "00000020" +
        sp(47),
    );
  });

  it("returns counts and writes to a Node Writable", async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    const writer = new DeliveryWriter(stream);
    const [header, casus] = [buildCleanRecords()[0], buildCleanRecords()[2]];
    await writer.write(header.type, header.values);
    await writer.write(casus.type, casus.values);
    const summary = await writer.finish();
    stream.end();
    expect(summary.counts).toEqual({ "01": 1, "20": 1, "99": 1 });
    expect(summary.total).toBe(3);
    expect(summary.trailer.aantal_totaal).toBe("3");
    expect(summary.problems).toEqual([]);
    expect(Buffer.concat(chunks).toString("latin1").length).toBe(3 * 122);
  });

  it("collects problems with their line number", async () => {
    const writer = new DeliveryWriter(() => {});
    await writer.write("01", buildCleanRecords()[0].values);
    await writer.write("20", {
      casusnummer: "Cé",
      begindatum: "20250704",
      einddatum: "00000000",
      gemeentecode: "0363",
    });
    const summary = await writer.finish();
    expect(summary.problems).toMatchObject([{ rule: "K01", lineNumber: 2, field: "casusnummer" }]);
  });

  it("writes a formatter's line as write() would, and nothing when the formatter declines", async () => {
    const [header, casus] = [buildCleanRecords()[0], buildCleanRecords()[2]];
    const row = Buffer.from(
      ["casusnummer", "begindatum", "einddatum", "gemeentecode"].map((c) => casus.values[c]).join("\t"),
    );
    const formatter = new CopyRowFormatter("20", ["casusnummer", "begindatum", "einddatum", "gemeentecode"]);
    const chunks: Buffer[] = [];
    const writer = new DeliveryWriter((c) => {
      chunks.push(c);
    });
    await writer.write(header.type, header.values);
    expect(writer.tryWriteFormatted("20", formatter, row, 0, row.length)).toBe(true);
    expect(writer.tryWriteFormatted("20", formatter, Buffer.from("C1\t2025"), 0, 7)).toBe(false);
    const summary = await writer.finish();
    expect(summary.counts).toEqual({ "01": 1, "20": 1, "99": 1 });
    expect(Buffer.concat(chunks).toString("latin1")).toBe(await writeToText([header, casus])); // 01, 20 and 99
  });

  it("refuses records out of type order and a missing record 01", async () => {
    const w1 = new DeliveryWriter(() => {});
    await expect(w1.write("20", buildCleanRecords()[2].values)).rejects.toThrow();
    const w2 = new DeliveryWriter(() => {});
    await w2.write("01", buildCleanRecords()[0].values);
    await w2.write("30", buildCleanRecords()[7].values);
    await expect(w2.write("20", buildCleanRecords()[2].values)).rejects.toThrow();
    await expect(w2.write("99", {})).rejects.toThrow();
  });
});

describe("makeFileName", () => {
  it("follows VT<nn>_<jaar>H<halfjaar>_<R|C><nn>.txt", () => {
    expect(makeFileName({ regiocode: "VT18", jaar: 2025, halfjaar: 2, soort: "R", volgnummer: 1 })).toBe(
      "VT18_2025H2_R01.txt",
    );
    expect(makeFileName({ regiocode: "VT03", jaar: 2026, halfjaar: 1, soort: "C", volgnummer: 12 })).toBe(
      "VT03_2026H1_C12.txt",
    );
    expect(() => makeFileName({ regiocode: "VT1", jaar: 2025, halfjaar: 2, soort: "R", volgnummer: 1 })).toThrow();
    expect(() => makeFileName({ regiocode: "VT18", jaar: 2025, halfjaar: 2, soort: "R", volgnummer: 100 })).toThrow();
  });
});
