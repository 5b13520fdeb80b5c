import { expect, test } from "vitest";
import { fixLinkOf } from "./fix-link";

test("a finding opens the correction form of exactly its record, or the record's page", () => {
  expect(fixLinkOf({ casusnummer: "C2026-000010", persoonsvolgnummer: "0001" }, "21")).toBe(
    "/casussen/C2026-000010/betrokkenen/1/corrigeren",
  );
  expect(fixLinkOf({ meldingnummer: "M2026-000012", casusnummer: "C2026-000010" }, "30")).toBe(
    "/meldingen/M2026-000012/corrigeren",
  );
  expect(fixLinkOf({ adviesnummer: "A2026-000001" }, "10")).toBe("/adviezen/A2026-000001/corrigeren");
  expect(fixLinkOf({ casusnummer: "C2026-000003" }, "20")).toBe("/casussen/C2026-000003/gemeente/corrigeren");
  expect(fixLinkOf({ casusnummer: "C2026-000003", dienstnummer: "D2026-000001" }, "40")).toBe(
    "/casussen/C2026-000003/diensten/D2026-000001",
  );
  expect(fixLinkOf({ meldingnummer: "M2026-000001", casusnummer: "C2026-000001" }, "32")).toBe(
    "/meldingen/M2026-000001",
  );
});
