import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codesOf, UITKOMST_VORMEN } from "@/lib/domain/codes";
import { LAYOUT_VERSION, LINE_END, RECORD_LENGTH, RECORD_ORDER, RECORDS } from "./layout";

interface SpecField {
  naam: string;
  start: number;
  lengte: number;
  type: string;
}
interface SpecRecord {
  recordtype: string;
  velden: SpecField[];
  reserve_start: number;
}
interface Spec {
  versie: string;
  recordlengte: number;
  regelafsluiting: string;
  records: SpecRecord[];
}

const specPath = path.resolve(process.cwd(), "../shared/spec/aanleverbestand.json");
const spec = JSON.parse(fs.readFileSync(specPath, "utf8")) as Spec;

describe("layout table vs shared aanleverbestand.json", () => {
  it("has the same version, record length and line end", () => {
    expect(LAYOUT_VERSION).toBe(spec.versie);
    expect(RECORD_LENGTH).toBe(spec.recordlengte);
    expect(LINE_END).toBe(spec.regelafsluiting === "CRLF" ? "\r\n" : "?");
  });

  it("has the same record types in the same order", () => {
    expect(RECORD_ORDER).toEqual(spec.records.map((r) => r.recordtype));
  });

  for (const specRecord of spec.records) {
    it(`record ${specRecord.recordtype}: same fields, order, start, length, type and reserve`, () => {
      const def = RECORDS.find((r) => r.type === specRecord.recordtype)!;
      expect(def.fields.map((f) => ({ naam: f.name, start: f.start, lengte: f.length, type: f.type }))).toEqual(
        specRecord.velden.map((f) => ({ naam: f.naam, start: f.start, lengte: f.lengte, type: f.type })),
      );
      expect(def.reserveStart).toBe(specRecord.reserve_start);
    });
  }
});

describe("layout table is consistent", () => {
  for (const def of RECORDS) {
    it(`record ${def.type}: contiguous fields, reserve up to ${RECORD_LENGTH}`, () => {
      let next = 1;
      for (const f of def.fields) {
        expect(f.start, f.name).toBe(next);
        next = f.start + f.length;
      }
      expect(def.reserveStart).toBe(next);
      expect(def.reserveStart).toBeLessThanOrEqual(RECORD_LENGTH);
      expect(def.fields[0]).toMatchObject({ name: "recordtype", start: 1, length: 2 });
      const names = def.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const k of [...def.keyFields, ...def.sortFields]) expect(names).toContain(k);
    });
  }

  it("flag fields have one position per code (A 7, B 8, uitkomst 5 digits of list H)", () => {
    const flagFields = RECORDS.flatMap((r) => r.fields).filter((f) => f.type === "F");
    expect(flagFields.length).toBe(7);
    for (const f of flagFields) {
      expect(f.flags).toBeDefined();
      if (f.flags === "uitkomst") {
        expect(f.list).toBe("H");
        expect(f.length).toBe(UITKOMST_VORMEN.length);
      } else {
        expect(f.list).toBe(f.flags);
        expect(f.length).toBe(codesOf(f.flags!).length);
      }
    }
    expect(codesOf("A").length).toBe(7);
    expect(codesOf("B").length).toBe(8);
  });

  it("single-choice code fields have codes that fit the field", () => {
    for (const f of RECORDS.flatMap((r) => r.fields)) {
      if (f.type === "N" && f.list) for (const c of codesOf(f.list)) expect(c.length, `${f.name} ${c}`).toBe(f.length);
      for (const v of f.values ?? []) expect(v.length).toBeLessThanOrEqual(f.length);
    }
  });
});
