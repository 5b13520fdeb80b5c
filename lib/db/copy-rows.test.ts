import { describe, expect, test } from "vitest";
import { copyField, copyLine } from "./copy-rows";

describe("COPY text format", () => {
  test("splits a row on tabs and keeps plain values as they are", () => {
    expect(copyLine("C2025-000001\t1\t123456782\t19800101\t1")).toEqual([
      "C2025-000001",
      "1",
      "123456782",
      "19800101",
      "1",
    ]);
  });

  test("\\N is NULL, an empty field is an empty string", () => {
    expect(copyLine("A\t\\N\t")).toEqual(["A", null, ""]);
  });

  test("escaped backslashes and control characters come back as the stored characters", () => {
    expect(copyField("a\\\\b")).toBe("a\\b");
    expect(copyField("x\\ty\\nz\\r")).toBe("x\ty\nz\r");
    expect(copyLine("\\\\N\tq\\\\")).toEqual(["\\N", "q\\"]);
  });

  test("non-ASCII text is kept, so the writer can report it (K01) instead of writing it", () => {
    expect(copyLine("Zoë\t1")).toEqual(["Zoë", "1"]);
  });
});
