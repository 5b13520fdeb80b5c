import { describe, expect, test } from "vitest";
import { z } from "zod";
import { zBsn, zCode, zCodes, zDatum, zGeboortedatum, zOptionalText, zRequiredText } from "./zod-fields";
import { addDays, toIsoDate, todayInAmsterdam } from "./dates";

const msg = (s: z.ZodType, v: unknown) => {
  const r = s.safeParse(v);
  return r.success ? null : r.error.issues[0].message;
};

describe("zod fields", () => {
  test("codes: only from the list", () => {
    expect(zCode("F", "Inhoud").parse("02")).toBe("02");
    expect(msg(zCode("F", "Inhoud"), "05")).toBe("Kies een geldige waarde voor inhoud.");
    expect(zCodes("A", "Aard", ["01", "02", "03", "04", "05", "06"]).parse(["03", "01", "03"])).toEqual(["01", "03"]);
    expect(msg(zCodes("A", "Aard", ["01", "02"]), ["07"])).toMatch(/geldige waarden/);
  });
  test("dates: valid, not impossible, not in the future", () => {
    const gisteren = addDays(todayInAmsterdam(), -1);
    expect(zDatum("Datum melding").parse(toIsoDate(gisteren))).toEqual(gisteren);
    expect(msg(zDatum("Datum melding"), "2025-02-30")).toBe("Datum melding is geen geldige datum.");
    expect(msg(zDatum("Datum melding"), "2999-01-01")).toBe("Datum melding mag niet in de toekomst liggen.");
    expect(msg(zDatum("Datum melding"), "")).toBe("Vul datum melding in.");
  });
  test("BSN and geboortedatum", () => {
    expect(zBsn.parse("")).toBeNull();
    expect(zBsn.parse("111222333")).toBe("111222333");
    expect(msg(zBsn, "111222334")).toMatch(/elfproef/);
    expect(zGeboortedatum.parse("20150300")).toBe("20150300");
    expect(msg(zGeboortedatum, "29990101")).toMatch(/toekomst/);
  });
  test("text: length and control characters; script text is kept as text", () => {
    expect(msg(zRequiredText("Achternaam", 200), "x".repeat(5000))).toBe(
      "Achternaam mag hoogstens 200 tekens lang zijn.",
    );
    expect(msg(zRequiredText("Achternaam", 200), "")).toBe("Vul achternaam in.");
    expect(zOptionalText("Toelichting", 100).parse("")).toBeNull();
    expect(zRequiredText("Naam", 100).parse("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
    expect(msg(zRequiredText("Naam", 100), "a\u0000b")).toBe("Naam bevat ongeldige tekens.");
  });
});
