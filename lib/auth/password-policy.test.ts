import { describe, expect, test } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password rules", () => {
  test("12 to 128 characters, counted as characters (not bytes)", () => {
    expect(passwordProblem("kort-maar-x", "jan")).toMatch(/minstens 12 tekens/);
    expect(passwordProblem("ë".repeat(129), "jan")).toMatch(/hoogstens 128/);
    expect(passwordProblem("fietsbel regenjas kaneel", "jan")).toBeNull();
  });
  test("no composition rules: a long lowercase phrase is fine, a short 'complex' one is not", () => {
    expect(passwordProblem("de kat zit op de warme mat", "jan")).toBeNull();
    expect(passwordProblem("A1!b2@c3#", "jan")).toMatch(/minstens 12/);
  });
  test("common and breached passwords are refused, also with capitals", () => {
    expect(passwordProblem("qwertyuiopasdf", "jan")).toMatch(/veelgebruikte|te makkelijk/);
    expect(passwordProblem("Password123456", "jan")).toMatch(/veelgebruikte|te makkelijk/);
    expect(passwordProblem("1234567890123", "jan")).toMatch(/veelgebruikte|te makkelijk/);
  });
  test("never the username, in any case", () => {
    expect(passwordProblem("t.devries-zomer-2026", "T.deVries")).toMatch(/gebruikersnaam/);
  });
  test("control characters are refused", () => {
    expect(passwordProblem("fietsbel\u0000regenjas kaneel", "jan")).toMatch(/besturingstekens/);
  });
});
