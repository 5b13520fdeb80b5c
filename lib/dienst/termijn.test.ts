import { describe, expect, test } from "vitest";
import { parseIsoDate } from "@/lib/domain/dates";
import { describeTermijn } from "./termijn";

const d = (s: string) => parseIsoDate(s)!;

describe("describeTermijn", () => {
  test("future, today and overdue, in words", () => {
    expect(describeTermijn(d("2026-11-24"), d("2026-11-23"))).toEqual({ datum: "24 november 2026", dagen: 1, verlopen: false, tekst: "24 november 2026 — over 1 dag" });
    expect(describeTermijn(d("2026-11-23"), d("2026-11-23")).tekst).toBe("23 november 2026 — vandaag");
    const late = describeTermijn(d("2026-11-13"), d("2026-11-23"));
    expect(late.verlopen).toBe(true);
    expect(late.tekst).toBe("13 november 2026 — verlopen, 10 dagen te laat");
  });
});
